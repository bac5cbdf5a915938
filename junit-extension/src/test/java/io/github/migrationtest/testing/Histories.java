package io.github.migrationtest.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Writes a small history (V and U scripts given by file name) to a folder and points a test class at it. */
public final class Histories {

    /** Where the histories that fixtures ships (a good one, one per known defect) are on the test class path. */
    public static final String HISTORIES = "classpath:io/github/migrationtest/histories/";

    private Histories() {
    }

    /**
     * @param root    where {@code migration/} and {@code undo/} are made
     * @param scripts file name ({@code V1__create_customers.sql}, {@code U1__create_customers.sql}) → SQL
     * @return the configuration (locations, undo locations; seed cache and reports below {@code root}), to add to
     */
    public static Map<String, String> write(Path root, Map<String, String> scripts) throws IOException {
        Path migration = Files.createDirectories(root.resolve("migration"));
        Path undo = Files.createDirectories(root.resolve("undo"));
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            Files.writeString((script.getKey().startsWith("U") ? undo : migration).resolve(script.getKey()), script.getValue());
        }
        Map<String, String> configuration = new HashMap<>();
        configuration.put("migrationtest.locations", "filesystem:" + migration);
        configuration.put("migrationtest.undo-locations", "filesystem:" + undo);
        configuration.put("migrationtest.seed-cache.directory", root.resolve("seed-cache").toAbsolutePath().toString());
        configuration.put("migrationtest.report.directory", root.resolve("reports").toAbsolutePath().toString());
        return configuration;
    }

    /** The script's location as messages print it. */
    public static String migration(Path root, String fileName) {
        return "filesystem:" + root.resolve("migration") + "/" + fileName;
    }
}

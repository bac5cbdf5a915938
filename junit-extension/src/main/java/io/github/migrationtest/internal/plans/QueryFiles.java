package io.github.migrationtest.internal.plans;

import io.github.migrationtest.internal.ConfigurationProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The critical queries of a class: those of its {@code @CriticalQuery} annotations, then those of the query files
 * ({@code classpath:} or {@code filesystem:}). A file that is not there is a problem unless it is the default one.
 * Names must be unique.
 */
public final class QueryFiles {

    private QueryFiles() {
    }

    /** @param isDefault whether the locations are the default (then a missing file means: no file) */
    public static List<QuerySpec> load(List<QuerySpec> annotated, List<String> locations, boolean isDefault, ClassLoader loader, String key) {
        List<QuerySpec> all = new ArrayList<>(annotated);
        for (String location : locations) {
            String text = read(location, loader, key);
            if (text == null && !isDefault) {
                throw new ConfigurationProblem(key, key + " names " + location + ", which does not exist. Point it at a file of"
                        + " queries, each under a \"-- name: <name>\" header, or leave it unset (default classpath:db/queries.sql).");
            }
            if (text != null) {
                all.addAll(QueryFile.parse(location, text, key));
            }
        }
        Map<String, QuerySpec> seen = new HashMap<>();
        for (QuerySpec query : all) {
            QuerySpec first = seen.putIfAbsent(query.name(), query);
            if (first != null) {
                throw new ConfigurationProblem(key, "Two critical queries are named \"" + query.name() + "\" (" + first.source()
                        + " and " + query.source() + "); give each its own name, as messages and query(name) find them by it.");
            }
        }
        return all;
    }

    private static String read(String location, ClassLoader loader, String key) {
        try {
            if (location.startsWith("classpath:")) {
                try (InputStream in = loader.getResourceAsStream(location.substring("classpath:".length()).replaceFirst("^/", ""))) {
                    return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            Path path = Path.of(location.startsWith("filesystem:") ? location.substring("filesystem:".length()) : location);
            return Files.isRegularFile(path) ? Files.readString(path) : null;
        } catch (IOException e) {
            throw new ConfigurationProblem(key, key + ": cannot read " + location + ": " + e.getMessage(), e);
        }
    }
}

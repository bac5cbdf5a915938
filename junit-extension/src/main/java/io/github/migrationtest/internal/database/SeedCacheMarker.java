package io.github.migrationtest.internal.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The {@code <key>.complete} file beside a seed-cache directory, written only after the template was seeded,
 * checkpointed and the server stopped cleanly: without it the directory is an unfinished attempt.
 */
record SeedCacheMarker(Instant seededAt, long rows, String postgresVersion) {

    static Path file(Path directory) {
        return directory.resolveSibling(directory.getFileName() + ".complete");
    }

    static Optional<SeedCacheMarker> read(Path directory) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file(directory))) {
            p.load(in);
            return Optional.of(new SeedCacheMarker(Instant.parse(p.getProperty("seeded-at")),
                    Long.parseLong(p.getProperty("rows")), p.getProperty("postgres-version")));
        } catch (IOException | RuntimeException missingOrDamaged) {
            return Optional.empty();
        }
    }

    void write(Path directory) throws IOException {
        Properties p = new Properties();
        p.setProperty("seeded-at", seededAt.toString());
        p.setProperty("rows", Long.toString(rows));
        p.setProperty("postgres-version", postgresVersion);
        try (Writer out = Files.newBufferedWriter(file(directory))) {
            p.store(out, "MigrationTest seed cache: the data directory beside this file holds a complete seeded template");
        }
    }
}

package io.github.migrationtest.internal.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The {@code <key>.complete} file beside a seed-cache directory, written only after the template was seeded,
 * checkpointed and the server stopped cleanly: without it the directory is an unfinished attempt. Its modification
 * time is the entry's last use: written when the entry is sealed, touched on every hit. {@code binaries} says where
 * the PostgreSQL binaries that made it came from ({@link EmbeddedBinaries#identity()}; null in entries of older versions).
 */
record SeedCacheMarker(Instant seededAt, long rows, String postgresVersion, String binaries) {

    static Path file(Path directory) {
        return directory.resolveSibling(directory.getFileName() + ".complete");
    }

    /** Whether the directory holds a sealed cluster: a readable marker beside it and a cluster in it. */
    static boolean complete(Path directory) {
        return read(directory).isPresent() && Files.isRegularFile(directory.resolve("PG_VERSION"));
    }

    /** Records a hit as the entry's last use. */
    static void touch(Path directory) throws IOException {
        Files.setLastModifiedTime(file(directory), FileTime.from(Instant.now()));
    }

    /** When the entry was last sealed or hit; {@link Instant#EPOCH} when its marker cannot be read. */
    static Instant lastUsed(Path directory) {
        try {
            return Files.getLastModifiedTime(file(directory)).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    static Optional<SeedCacheMarker> read(Path directory) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file(directory))) {
            p.load(in);
            return Optional.of(new SeedCacheMarker(Instant.parse(p.getProperty("seeded-at")),
                    Long.parseLong(p.getProperty("rows")), p.getProperty("postgres-version"), p.getProperty("binaries")));
        } catch (IOException | RuntimeException missingOrDamaged) {
            return Optional.empty();
        }
    }

    void write(Path directory) throws IOException {
        Properties p = new Properties();
        p.setProperty("seeded-at", seededAt.toString());
        p.setProperty("rows", Long.toString(rows));
        p.setProperty("postgres-version", postgresVersion);
        if (binaries != null) {
            p.setProperty("binaries", binaries);
        }
        try (Writer out = Files.newBufferedWriter(file(directory))) {
            p.store(out, "MigrationTest seed cache: the data directory beside this file holds a complete seeded template");
        }
    }
}

package io.github.migrationtest.internal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Stream;

/** What an eviction line says of a seed-cache entry, measured from the outside, before the entry goes. */
public final class SeedCacheEntries {

    private SeedCacheEntries() {
    }

    /** The entry's last use (creation or latest hit) to the second: the modification time of {@code <key>.complete}. */
    public static Instant lastUsed(Path entry) throws IOException {
        return Files.getLastModifiedTime(SeedCacheMarker.file(entry)).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The size of the entry's files in MB, one decimal; a cluster, so never less than a megabyte. */
    public static String megabytes(Path entry) throws IOException {
        long bytes = 0;
        try (Stream<Path> files = Files.walk(entry)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(file);
            }
        }
        assertThat(bytes).as("size of " + entry).isGreaterThan(1_000_000);
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
    }
}

package io.github.migrationtest.internal.database;

import java.nio.file.Path;

/**
 * Where the seed cache lives and how many entries it keeps between runs.
 *
 * @param directory  one PostgreSQL data directory per key below it
 * @param maxEntries the most recently used complete entries kept (0 or more); entries in use are kept beyond it
 */
public record SeedCacheSettings(Path directory, int maxEntries) {

    public SeedCacheSettings {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("maxEntries must be 0 or more, but is " + maxEntries);
        }
    }
}

package io.github.migrationtest.internal.database;

import java.nio.file.Path;

/** Lets tests outside this package stop the seed-cache servers under a temporary directory before it is deleted. */
public final class SeedCacheServers {

    private SeedCacheServers() {
    }

    public static void stopAll(Path root) {
        SeedCache.stopAll(root);
    }
}

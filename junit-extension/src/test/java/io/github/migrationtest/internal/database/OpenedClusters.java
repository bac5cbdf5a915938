package io.github.migrationtest.internal.database;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The seed-cache entries a test opened, stopped and forgotten after it: a server on a temporary directory must stop
 * before JUnit deletes the directory (pg_ctl needs postmaster.pid to stop it).
 */
final class OpenedClusters {

    private final List<CachedCluster> opened = new ArrayList<>();

    /** Opens the entry under {@code root} as a class would, with at most {@code maxEntries} kept. */
    Optional<CachedCluster> open(Path root, int maxEntries, Consumer<String> log, String key) {
        Optional<CachedCluster> cluster = new SeedCache(new SeedCacheSettings(root, maxEntries), log).open(key);
        cluster.ifPresent(opened::add);
        return cluster;
    }

    /** Call from {@code @AfterEach}. */
    void stopAll() {
        opened.forEach(cluster -> {
            cluster.server().close();
            SeedCache.forget(cluster.directory());
        });
        opened.clear();
    }
}

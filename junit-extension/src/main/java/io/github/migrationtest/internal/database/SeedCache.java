package io.github.migrationtest.internal.database;

import io.github.migrationtest.internal.ConfigurationProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Seeded templates kept between runs: one embedded cluster per key in {@code <root>/<key>/}, complete when
 * {@code <key>.complete} lies beside it. A directory another running JVM owns, or any failure, means "not here":
 * the caller seeds as usual. Within a JVM the cluster of a key is started once and shared; it stops with the JVM.
 * Opening an entry records its use and evicts the least recently used entries beyond the limit.
 */
public final class SeedCache {

    private static final Map<Path, CachedCluster> OPEN = new HashMap<>();

    private final Path root;
    private final Consumer<String> log;
    private final SeedCacheEviction eviction;

    public SeedCache(SeedCacheSettings settings, Consumer<String> log) {
        this.root = settings.directory().toAbsolutePath().normalize();
        this.log = log;
        this.eviction = new SeedCacheEviction(new SeedCacheSettings(root, settings.maxEntries()), SeedCache::inUse, log);
    }

    /** The cluster for this key, a hit or ready to be seeded; empty (with one line saying why) when it cannot be used. */
    public Optional<CachedCluster> open(String key) {
        Path directory = root.resolve(key);
        synchronized (OPEN) {
            CachedCluster open = OPEN.get(directory);
            if (open != null) {
                return open.hit() ? used(open) : notUsed(directory, "is being seeded by another test class in this JVM");
            }
            Optional<ProcessHandle> owner = otherLiveOwner(directory);
            if (owner.isPresent()) {
                return notUsed(directory, "is in use by another JVM (pid " + owner.get().pid() + ")");
            }
            eviction.stopLeftRunning();
            try {
                CachedCluster cluster = start(directory);
                OPEN.put(directory, cluster);
                eviction.evictBeside(directory);
                return cluster.hit() ? used(cluster) : Optional.of(cluster);
            } catch (ConfigurationProblem e) {
                throw e;
            } catch (Exception e) {
                return notUsed(directory, "could not be used (" + e + ")");
            }
        }
    }

    private static Optional<CachedCluster> used(CachedCluster hit) {
        try {
            SeedCacheMarker.touch(hit.directory());
        } catch (IOException e) {
            // the entry still serves; it only looks older than it is when the cache is next trimmed
        }
        return Optional.of(hit);
    }

    private static boolean inUse(Path directory) {
        return OPEN.containsKey(directory) || otherLiveOwner(directory).isPresent();
    }

    private static Optional<ProcessHandle> otherLiveOwner(Path directory) {
        return OrphanReaper.liveOwner(directory).filter(owner -> owner.pid() != ProcessHandle.current().pid());
    }

    private CachedCluster start(Path directory) throws Exception {
        OrphanReaper.stopPostmaster(directory).ifPresent(pid -> log.accept("Seed cache: stopped PostgreSQL (pid " + pid
                + ") left running on " + directory + " by a killed JVM"));
        Optional<SeedCacheMarker> marker = SeedCacheMarker.complete(directory) ? SeedCacheMarker.read(directory) : Optional.empty();
        Optional<String> otherBinaries = marker.flatMap(sealed -> otherBinaries(directory, sealed));
        if (otherBinaries.isPresent()) {
            log.accept("Seed cache: " + directory + " " + otherBinaries.get() + ": seeding it again");
        }
        if (marker.isEmpty() || otherBinaries.isPresent()) {
            marker = Optional.empty();
            delete(directory);
        }
        Files.createDirectories(root);
        OrphanReaper.markOwned(directory);
        CachedServer server = new CachedServer(directory);
        Servers.stopAtExit("seed-cache|" + directory, server);
        try {
            CachedCluster cluster = new CachedCluster(directory, server, marker.orElse(null));
            Optional<String> unusable = marker.flatMap(cluster::unusableBecause);
            if (unusable.isPresent()) {
                log.accept("Seed cache: " + directory + " " + unusable.get() + ": seeding it again");
                server.close();
                delete(directory);
                return start(directory);
            }
            List<String> stale = cluster.dropStaleScratchDatabases();
            if (!stale.isEmpty()) {
                log.accept("Seed cache: dropped " + stale.size() + " scratch databases left in " + directory + " by a killed run: " + stale);
            }
            return cluster;
        } catch (Exception e) {
            server.close();
            throw e;
        }
    }

    /** Why an entry was made by other PostgreSQL binaries than this JVM's, if it was; known without starting a server. */
    private static Optional<String> otherBinaries(Path directory, SeedCacheMarker sealed) {
        String binaries = EmbeddedBinaries.identity();
        Optional<String> now = EmbeddedBinaries.version(binaries);
        if (sealed.binaries() != null) {
            Optional<String> then = EmbeddedBinaries.version(sealed.binaries());
            boolean other = then.isPresent() && now.isPresent() ? !then.equals(now) : !sealed.binaries().equals(binaries);
            if (other) {
                return Optional.of("was seeded with PostgreSQL " + sealed.postgresVersion() + " (" + firstJar(sealed.binaries())
                        + "), this run has " + firstJar(binaries));
            }
        }
        Optional<String> cluster = EmbeddedBinaries.clusterMajor(directory);
        if (now.isPresent() && cluster.isPresent() && !now.get().startsWith(cluster.get() + ".")) {
            return Optional.of("holds a PostgreSQL " + cluster.get() + " cluster, this run has PostgreSQL " + now.get() + " binaries");
        }
        return Optional.empty();
    }

    private static String firstJar(String binaries) {
        String first = binaries.lines().findFirst().orElse("no binaries found on the class path");
        int bang = first.indexOf(".jar!");
        return bang < 0 ? first : first.substring(first.lastIndexOf('/', bang) + 1, bang + 4);
    }

    private Optional<CachedCluster> notUsed(Path directory, String reason) {
        log.accept("Seed cache not used: " + directory + " " + reason + "; seeding in a scratch database instead");
        return Optional.empty();
    }

    /** Stops the clusters this JVM opened below a root (tests stop them before deleting their temporary directory). */
    static void stopAll(Path root) {
        synchronized (OPEN) {
            Path normalized = root.toAbsolutePath().normalize();
            OPEN.entrySet().removeIf(open -> {
                boolean below = open.getKey().startsWith(normalized);
                if (below) {
                    open.getValue().server().close();
                }
                return below;
            });
        }
    }

    static void forget(Path directory) {
        synchronized (OPEN) {
            OPEN.remove(directory);
        }
    }

    /** Deletes a cache entry: its data directory and the files beside it. */
    static void delete(Path directory) {
        try {
            Files.deleteIfExists(SeedCacheMarker.file(directory));
        } catch (IOException ignored) {
            // an unreadable marker counts as missing; the entry is rebuilt next time
        }
        OrphanReaper.deleteRecursively(directory);
    }
}

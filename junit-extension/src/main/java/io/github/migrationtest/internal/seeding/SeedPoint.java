package io.github.migrationtest.internal.seeding;

import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.database.CachedCluster;
import io.github.migrationtest.internal.database.Connections;
import io.github.migrationtest.internal.database.DiskSpace;
import io.github.migrationtest.internal.database.LazyServer;
import io.github.migrationtest.internal.database.ScratchDatabases;
import io.github.migrationtest.internal.database.SeedCache;
import io.github.migrationtest.internal.engine.Blockage;
import io.github.migrationtest.internal.engine.HarnessFailures;
import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import io.github.migrationtest.internal.flyway.FlywayRunner;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.MigrationFailure;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The template database at the seed point, made once per class: migrated to {@code seedAt} and seeded, or taken from
 * the seed cache. A cache entry is its own cluster, so the server the rehearsal works on can change on first use.
 */
public final class SeedPoint implements AutoCloseable {

    private final RehearsalSettings settings;
    private final List<Migration> history;
    private final SeedPlan seedPlan;
    private final boolean seeded;
    private final Function<DataSource, FlywayRunner> flyway;
    private final Consumer<String> log;
    private final Consumer<Throwable> faults;
    private Connections connections;
    private ScratchDatabases databases;
    private String template;
    private Blockage failed;

    /** @param history the migrations up to and including the seed point; empty when there is none */
    /** @param faults throws {@link ServerLostException} when a failure is the server's or the disk's, before the evidence goes */
    public SeedPoint(RehearsalSettings settings, List<Migration> history, SeedPlan seedPlan, boolean seeded,
              Connections connections, Function<DataSource, FlywayRunner> flyway, Consumer<Throwable> faults, Consumer<String> log) {
        this.faults = faults;
        this.settings = settings;
        this.history = history;
        this.seedPlan = seedPlan;
        this.seeded = seeded;
        this.connections = connections;
        this.databases = new ScratchDatabases(connections);
        this.flyway = flyway;
        this.log = log;
    }

    /**
     * A new copy of the template, on the server it lives on. The template comes first: making it may move the
     * rehearsal to a seed-cache cluster.
     */
    public synchronized String newCopy() throws SQLException {
        String source = template();
        return databases.cloneOf(source);
    }

    /**
     * The template's name, made on first use; nobody may connect to it (clone it). When it cannot be made, every later
     * call fails the same way at once ({@link Blockage.Found}): the seed point is tried once per class.
     */
    private String template() throws SQLException {
        if (failed != null) {
            throw new Blockage.Found(failed);
        }
        if (template == null) {
            try {
                template = madeTemplate();
            } catch (Blockage.Found e) {
                failed = e.blockage();
                throw e;
            } catch (SQLException e) {
                if (history.isEmpty()) {
                    throw e;
                }
                failed = Blockage.seedPointHarness(history.get(history.size() - 1), HarnessFailures.describe(e, settings.timeouts()));
                throw new Blockage.Found(failed);
            }
        }
        return template;
    }

    private String madeTemplate() throws SQLException {
        Optional<CachedCluster> cache = seeded ? cachedCluster() : Optional.empty();
        if (cache.isPresent() && useCache(cache.get())) {
            return cache.get().template();
        }
        String made = databases.create();
        announce();
        try {
            migrateAndSeed(made);
        } catch (RuntimeException e) {
            databases.drop(made);
            throw e;
        }
        databases.checkpoint();
        return made;
    }

    /** Why the template cannot be made, once that was found. */
    public synchronized Optional<Blockage> failure() {
        return Optional.ofNullable(failed);
    }

    /** The server the template is on, with the harness timeouts. */
    public synchronized Connections connections() {
        return connections;
    }

    /** The scratch databases on that server. */
    public synchronized ScratchDatabases databases() {
        return databases;
    }

    private Optional<CachedCluster> cachedCluster() {
        if (settings.seedCache().isEmpty() || !(connections.server() instanceof LazyServer lazy) || !lazy.embedded()) {
            return Optional.empty();
        }
        return new SeedCache(settings.seedCache().get(), log).open(seedPlan.cacheKey(history));
    }

    /**
     * Moves to the cached cluster; on a miss seeds its template first. False if that failed for cache reasons; when
     * seeding itself fails the rehearsal goes back to the configured server (the entry is abandoned) and it is thrown.
     */
    private boolean useCache(CachedCluster cluster) throws SQLException {
        Connections configured = connections;
        databases.close();
        connections = cluster.connections(settings.timeouts());
        databases = new ScratchDatabases(connections);
        announce();
        try {
            if (cluster.hit()) {
                log.accept(cluster.hitLine());
                return true;
            }
            if (seedInto(cluster)) {
                return true;
            }
        } catch (SQLException | RuntimeException e) {
            connections = configured;
            databases = new ScratchDatabases(connections);
            throw e;
        }
        connections = configured;
        databases = new ScratchDatabases(connections);
        return false;
    }

    private boolean seedInto(CachedCluster cluster) throws SQLException {
        long rows;
        try {
            cluster.createTemplate();
            rows = migrateAndSeed(cluster.template());
        } catch (SQLException | RuntimeException e) {
            try {
                faults.accept(e);
            } finally {
                cluster.abandon();
            }
            throw e;
        }
        try {
            cluster.complete(rows);
        } catch (SQLException | IOException e) {
            cluster.abandon();
            log.accept("Seed cache not used: " + cluster.directory() + " could not be sealed (" + e + "); seeding in a scratch database instead");
            return false;
        }
        log.accept("Seed cache: saved the seeded template in " + cluster.directory());
        return true;
    }

    private long migrateAndSeed(String database) {
        if (history.isEmpty()) {
            return 0;
        }
        Migration seedPoint = history.get(history.size() - 1);
        MigrationFailure failure = flyway.apply(connections.dataSource(database, Rehearsal.MIGRATE_APPLICATION)).migrateThrough(history);
        if (failure != null) {
            throw new Blockage.Found(Blockage.seedPointForward(seedPoint, failure.migration(), failure.failure()));
        }
        DataSource seeded = connections.dataSource(database, "migrationtest-seed");
        if (seedPlan.hasRows()) {
            Optional<java.nio.file.Path> dataDirectory = DiskSpace.dataDirectory(connections.server());
            if (dataDirectory.isPresent()) {
                try {
                    SeedVolume.checkFits(seeded, dataDirectory.get(), settings);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot estimate the seeded volume: " + e.getMessage(), e);
                }
            }
        }
        try {
            return seedPlan.seed(seeded);
        } catch (ConfigurationProblem e) {
            throw new Blockage.Found(Blockage.seedPointSeeding(seedPoint, e.getMessage()));
        }
    }

    private void announce() {
        log.accept("Rehearsing " + settings.name() + " on " + connections.server().description() + " (seed " + settings.seed() + ")");
    }

    @Override
    public synchronized void close() throws SQLException {
        databases.close();
    }
}

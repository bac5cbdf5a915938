package io.github.migrationtest.internal.engine;

import io.github.migrationtest.Check;
import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.database.Connections;
import io.github.migrationtest.internal.database.ScratchDatabases;
import io.github.migrationtest.internal.flyway.FlywayRunner;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.ScriptFailure;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The rehearsal of one history (one test class): a template database at the seed point, a working copy
 * that walks through the steps in order, and fresh copies for programmatic tests. Knows nothing of JUnit.
 */
public final class Rehearsal implements AutoCloseable {

    /** The application name of the connections that run migrations, as {@code pg_stat_activity} shows it. */
    static final String MIGRATE_APPLICATION = "migrationtest-migrate";
    private static final Set<Check> DATA_CHECKS = EnumSet.of(Check.DATA_PRESERVED, Check.DATA_RESTORED, Check.DATA_REPRODUCED);
    private static final Set<Check> LOCK_CHECKS = EnumSet.of(Check.BLOCKING, Check.LOCK_RULES);
    /** The default checks that {@code migrationtest.checks.off} may skip: those measured besides the rehearsal itself. */
    public static final Set<Check> SKIPPABLE = Collections.unmodifiableSet(EnumSet.of(Check.DATA_PRESERVED,
            Check.DATA_RESTORED, Check.DATA_REPRODUCED, Check.BLOCKING, Check.LOCK_RULES));

    private final RehearsalSettings settings;
    private final List<Migration> migrations;
    private final ClassLoader loader;
    private final Consumer<String> log;
    private final SeedPlan seedPlan;
    private final TopUp topUp;
    private final SeedPoint seedPoint;
    private final List<StepResult> results = new ArrayList<>();
    private String working;
    private int applied = -1;
    private int toppedUp = -1;
    private Set<String> seedPointTables;
    private final LostServer lostServer;

    public Rehearsal(RehearsalSettings settings, List<Migration> migrations, ClassLoader loader, Connections connections, Consumer<String> log) {
        this.settings = settings;
        this.migrations = migrations;
        this.loader = loader;
        this.log = log;
        this.seedPlan = new SeedPlan(settings, log);
        this.topUp = new TopUp(settings, log);
        this.lostServer = new LostServer(this::server);
        this.seedPoint = new SeedPoint(settings, migrations.subList(0, seedIndex() + 1), seedPlan, seeded(), connections,
                this::flyway, e -> lostServer.check("seeding the seed-cache entry", e, DiskFull.text(e)), log);
    }

    /** The migrations rehearsed step by step: those after the seed point, in version order. */
    public List<Migration> steps() {
        return migrations.subList(seedIndex() + 1, migrations.size());
    }

    /**
     * Rehearses one step, first bringing the working database to the version before it. Once the server is lost, this and
     * every later step throw {@link ServerLostException} with the same message.
     */
    public synchronized StepResult rehearse(Migration migration) throws SQLException {
        lostServer.throwIfLost();
        StepResult result;
        try {
            result = rehearseOn(migration);
        } catch (SQLException | RuntimeException e) {
            lostServer.check(migration.displayName(), e, DiskFull.text(e));
            throw e;
        }
        return result;
    }

    private StepResult rehearseOn(Migration migration) throws SQLException {
        int index = migrations.indexOf(migration);
        bringTo(index - 1);
        StepResult result = new StepResult(migration, seeded() ? settings.seed() : null);
        FlywayRunner flyway = flyway(working);
        long start = System.nanoTime();
        try (StepContext context = new StepContext(migration, working, result, settings, seedPoint.connections(), databases(),
                this::databaseBefore, Set.of(flyway.historyTable()), flyway.placeholders(), log)) {
            StepRun run = new StepRun(context, flyway, observers());
            run.run();
            result.skip(settings.checksOff());
            applied = run.leftClean() ? index : Integer.MIN_VALUE;
        }
        result.wallTime = java.time.Duration.ofNanos(System.nanoTime() - start);
        List<io.github.migrationtest.Verdict> failed = result.verdicts().stream().filter(v -> v.failed()).toList();
        if (!failed.isEmpty()) {
            lostServer.check(migration.displayName(), null, String.join("\n", failed.stream().map(v -> v.message()).toList()));
        }
        results.add(result);
        log.accept(Summary.rehearsed(result));
        result.statements().forEach(statement -> log.accept("    " + statement));
        return result;
    }

    /**
     * What is measured and judged around each step besides the schema, less what every check it serves is skipped
     * for; the statement runs come first (they copy the database).
     */
    private List<StepObserver> observers() {
        List<StepObserver> observers = new ArrayList<>(List.of(new StatementRunObserver()));
        if (!settings.checksOff().containsAll(DATA_CHECKS)) {
            observers.add(new DataObserver(settings.checksOff()));
        }
        if (!settings.checksOff().containsAll(LOCK_CHECKS)) {
            observers.add(new LockObserver(settings.locks()));
        }
        return observers;
    }

    /** A new database in the state before {@code migration}: a copy of the seed point migrated to the version before it. */
    private String databaseBefore(Migration migration) throws SQLException {
        String copy = seedPoint.newCopy();
        int index = migrations.indexOf(migration);
        if (index - 1 > seedIndex()) {
            ScriptFailure failure = migrateForward(copy, seedIndex(), index - 1);
            if (failure != null) {
                throw new SQLException("cannot rebuild the database before " + migration.displayName() + ": " + failure.describe());
            }
        }
        return copy;
    }

    /** A fresh copy of the seed point for a programmatic test; dropped when the returned session closes. */
    public synchronized HarnessSession newHarness() throws SQLException {
        lostServer.throwIfLost();
        String copy;
        try {
            copy = seedPoint.newCopy();
        } catch (SQLException | RuntimeException e) {
            lostServer.check("the copy for a MigrationHarness", e, DiskFull.text(e));
            throw e;
        }
        return new HarnessSession(copy, dataSource(copy, "migrationtest-harness"), flyway(copy), migrations, () -> dropUnlessLost(copy));
    }

    /** Drops a harness copy; nothing to drop (and nothing to fail the test with) once the server is gone. */
    private synchronized void dropUnlessLost(String copy) throws SQLException {
        if (lostServer.lost()) {
            return;
        }
        try {
            databases().drop(copy);
        } catch (SQLException e) {
            if (!lostServer.lostWhileClosing(e)) {
                throw e;
            }
        }
    }

    public synchronized List<StepResult> results() {
        return List.copyOf(results);
    }

    public RehearsalSettings settings() {
        return settings;
    }

    /** The server the rehearsal works on now (a seed-cache cluster's, once it moved there). */
    private io.github.migrationtest.spi.DatabaseServer server() {
        return seedPoint.connections().server();
    }

    /** Where the server is, for reports. */
    public String serverDescription() {
        return seedPoint.connections().server().description();
    }

    private void bringTo(int index) throws SQLException {
        if (working == null || applied > index || applied == Integer.MIN_VALUE) {
            if (working != null) {
                databases().drop(working);
            }
            working = seedPoint.newCopy();
            applied = seedIndex();
            toppedUp = seedIndex();
            if (seeded() && seedPointTables == null) {
                seedPointTables = TopUp.tables(dataSource(working, "migrationtest-seed"));
            }
        }
        int from = applied;
        applied = Integer.MIN_VALUE;
        if (seeded() && toppedUp < from) {
            topUp.after(migrations.get(from), dataSource(working, "migrationtest-seed"), seedPointTables());
        }
        ScriptFailure failure = migrateForward(working, from, index);
        if (failure != null) {
            throw new StepNotRunnableException("cannot bring the database to " + migrations.get(index).displayName()
                    + " before this step: " + failure.describe() + ". Fix that migration first; its own step says more.");
        }
        applied = index;
        toppedUp = index;
    }

    /**
     * Migrates a database from version index {@code from} to {@code to}. On seeded runs it goes one version at a time
     * and tops up after each, so that every way of getting to a version gives the same data.
     */
    private ScriptFailure migrateForward(String database, int from, int to) throws SQLException {
        if (!seeded()) {
            return from < to ? flyway(database).migrateTo(migrations.get(to)) : null;
        }
        for (int next = from + 1; next <= to; next++) {
            ScriptFailure failure = flyway(database).migrateTo(migrations.get(next));
            if (failure != null) {
                return failure;
            }
            topUp.after(migrations.get(next), dataSource(database, "migrationtest-seed"), seedPointTables());
        }
        return null;
    }

    /** The tables that exist at the seed point (read from a copy: a cached template accepts no connections). */
    private Set<String> seedPointTables() throws SQLException {
        if (seedPointTables == null) {
            String copy = seedPoint.newCopy();
            try {
                seedPointTables = TopUp.tables(dataSource(copy, "migrationtest-seed"));
            } finally {
                databases().drop(copy);
            }
        }
        return seedPointTables;
    }

    /** Whether the rehearsal runs on seeded data (there is a seed point and rows to put there). */
    private boolean seeded() {
        return seedIndex() >= 0 && seedPlan.hasRows();
    }

    private int seedIndex() {
        if (settings.seedAt().isEmpty()) {
            return -1;
        }
        String seedAt = settings.seedAt().get();
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).versionText().equals(seedAt)) {
                return i;
            }
        }
        throw new ConfigurationProblem("seedAt", "seedAt = \"" + seedAt + "\" is not the version of any migration in "
                + String.join(", ", settings.locations()) + " (versions: " + migrations.stream().map(Migration::versionText).toList()
                + "). Use one of those versions, or leave seedAt empty to rehearse every migration.");
    }


    private ScratchDatabases databases() {
        return seedPoint.databases();
    }

    private DataSource dataSource(String database, String applicationName) {
        return seedPoint.connections().dataSource(database, applicationName);
    }

    private FlywayRunner flyway(String database) {
        return flyway(dataSource(database, MIGRATE_APPLICATION));
    }

    private FlywayRunner flyway(DataSource database) {
        return new FlywayRunner(database, loader, settings.locations(), settings.flyway());
    }

    @Override
    public synchronized void close() throws SQLException {
        if (lostServer.lost()) {
            return;
        }
        try {
            seedPoint.close();
        } catch (SQLException e) {
            if (lostServer.lostWhileClosing(e)) {
                log.accept(lostServer.message());
                return;
            }
            throw e;
        }
    }
}

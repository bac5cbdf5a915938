package io.github.migrationtest.internal.engine;

import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.database.Connections;
import io.github.migrationtest.internal.database.HarnessFailures;
import io.github.migrationtest.internal.database.HarnessQueryException;
import io.github.migrationtest.internal.database.ScratchDatabases;
import io.github.migrationtest.internal.flyway.FlywayRunner;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.seeding.Blockage;
import io.github.migrationtest.internal.seeding.SeedPlan;
import io.github.migrationtest.internal.seeding.SeedPoint;
import io.github.migrationtest.internal.seeding.TopUp;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The rehearsal of one history (one test class): a template database at the seed point, a working copy
 * that walks through the steps in order, and fresh copies for programmatic tests. Knows nothing of JUnit.
 */
public final class Rehearsal implements AutoCloseable {

    /** The application name of the connections that run migrations, as {@code pg_stat_activity} shows it. */
    public static final String MIGRATE_APPLICATION = FlywayRunner.APPLICATION;

    private final RehearsalSettings settings;
    private final List<CheckModule> modules;
    private final List<Migration> migrations;
    private final ClassLoader loader;
    private final Consumer<String> log;
    private final SeedPlan seedPlan;
    private final SeedPoint seedPoint;
    private final List<StepResult> results = new ArrayList<>();
    private final WorkingCopy workingCopy;
    private final LostServer lostServer;

    public Rehearsal(RehearsalSettings settings, List<CheckModule> modules, List<Migration> migrations, ClassLoader loader,
                     Connections connections, Consumer<String> log) {
        this.settings = settings;
        this.modules = List.copyOf(modules);
        this.migrations = migrations;
        this.loader = loader;
        this.log = log;
        this.seedPlan = new SeedPlan(settings.seeding(), log);
        this.lostServer = new LostServer(this::server);
        this.seedPoint = new SeedPoint(settings.seeding(), migrations.subList(0, seedIndex() + 1), seedPlan, seeded(), connections,
                this::flyway, e -> lostServer.check("seeding the seed-cache entry", e, DiskFull.text(e)), log);
        this.workingCopy = new WorkingCopy(migrations, seedIndex(), seeded(), seedPoint, new TopUp(settings.seeding(), log), this::flyway);
    }

    /** The migrations rehearsed step by step: those after the seed point, in version order. */
    public List<Migration> steps() {
        return migrations.subList(seedIndex() + 1, migrations.size());
    }

    /**
     * Rehearses one step, first bringing the working database to the version before it. The step's result is kept
     * whatever happens, so that summary and reports show every step: one that cannot be reached fails with
     * {@link StepNotRunnableException} naming the migration that blocks it, one where the harness itself failed with
     * {@link StepCrashedException}. Once the server is lost, this and every later step throw {@link ServerLostException}
     * with the same message.
     */
    public synchronized StepResult rehearse(Migration migration) throws SQLException {
        try {
            lostServer.throwIfLost();
        } catch (ServerLostException lost) {
            StepResult result = new StepResult(migration, seeded() ? settings.seed() : null);
            results.add(result);
            throw serverLost(result, lost);
        }
        StepResult result;
        try {
            result = rehearseOn(migration);
        } catch (SQLException | RuntimeException e) {
            try {
                lostServer.check(migration.displayName(), e, DiskFull.text(e));
            } catch (ServerLostException lost) {
                throw serverLost(result(migration).orElseThrow(), lost);
            }
            throw e;
        }
        return result;
    }

    private StepResult rehearseOn(Migration migration) throws SQLException {
        int index = migrations.indexOf(migration);
        StepResult result = new StepResult(migration, seeded() ? settings.seed() : null);
        results.add(result);
        String working;
        try {
            working = workingCopy.before(index);
        } catch (Blockage.Found e) {
            result.notRehearsed = e.blockage().shortCause();
            log.accept(Summary.notRehearsed(result));
            throw new StepNotRunnableException(e.blockage().stepFailure(migration, migrations.get(index - 1)));
        } catch (SQLException | RuntimeException e) {
            workingCopy.lost();
            throw crashed(result, e);
        }
        FlywayRunner flyway = flyway(working);
        long start = System.nanoTime();
        try (StepContext context = new StepContext(migration, migrations, working, result, settings, seedPoint.connections(), databases(),
                workingCopy::rebuiltBefore, Set.of(flyway.historyTable()), flyway.placeholders(), rules(), log)) {
            StepRun run = new StepRun(context, flyway, observers());
            run.run();
            result.skip(settings.checksOff());
            DeclarationJudge.apply(result, context.declarations());
            workingCopy.stepRan(index, run.leftClean(), run.forwardFailure() == null ? null : Blockage.forward(migration, run.forwardFailure()));
        } catch (SQLException | RuntimeException e) {
            workingCopy.lost();
            result.wallTime = java.time.Duration.ofNanos(System.nanoTime() - start);
            throw crashed(result, e);
        }
        result.wallTime = java.time.Duration.ofNanos(System.nanoTime() - start);
        List<io.github.migrationtest.Verdict> failed = result.verdicts().stream().filter(v -> v.failed()).toList();
        if (!failed.isEmpty()) {
            lostServer.check(migration.displayName(), null, String.join("\n", failed.stream().map(v -> v.message()).toList()));
        }
        log.accept(Summary.rehearsed(result));
        result.statements().forEach(statement -> log.accept("    " + statement));
        return result;
    }

    /** The failure of a step during which the harness itself failed: a configuration problem as it is, else what failed where. */
    private RuntimeException crashed(StepResult result, Exception e) {
        result.crashed = e instanceof HarnessQueryException q ? q.what() + " failed, SQLSTATE " + q.getSQLState()
                : e instanceof SQLException sql ? "a harness query failed, SQLSTATE " + sql.getSQLState()
                : StepOutcome.firstLine(e);
        log.accept(Summary.notRehearsed(result));
        if (e instanceof ConfigurationProblem problem) {
            return problem;
        }
        String what = e instanceof SQLException sql ? HarnessFailures.describe(sql, settings.timeouts())
                : e instanceof Blockage.Found found ? found.blockage().cause()
                : "the harness failed: " + e;
        return new StepCrashedException(result.displayName() + " could not be rehearsed: " + what, e);
    }

    /**
     * What is measured and judged around each step besides the schema: every registered check, less those whose every
     * check is skipped; each guarded, so that its own failure fails its checks and not the step.
     */
    private List<StepObserver> observers() {
        List<StepObserver> observers = new ArrayList<>();
        for (CheckModule module : modules) {
            if (module.checks().isEmpty() || !settings.checksOff().containsAll(module.checks())) {
                observers.add(new GuardedObserver(module.observer(settings), module.name()));
            }
        }
        return observers;
    }

    /** The rules that declarations may allow: those of every registered check. */
    private Set<String> rules() {
        Set<String> rules = new java.util.LinkedHashSet<>();
        modules.forEach(module -> rules.addAll(module.rules()));
        return rules;
    }

    /** The checks registered for this rehearsal, in the order their observers run. */
    public List<CheckModule> modules() {
        return modules;
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

    /** Every migration of the history, in version order. */
    public List<Migration> migrations() {
        return migrations;
    }

    /**
     * A new database at the version before {@code migration}, reached as a step reaches it (a copy of the seed point,
     * migrated and topped up): where a release that begins with {@code migration} is rehearsed. Dropped when closed.
     */
    public synchronized WorkingDatabase databaseBefore(Migration migration) throws SQLException {
        lostServer.throwIfLost();
        String copy;
        try {
            copy = workingCopy.rebuiltBefore(migration);
        } catch (SQLException | RuntimeException e) {
            lostServer.check("the database before " + migration.displayName(), e, DiskFull.text(e));
            throw e;
        }
        return new WorkingDatabase(copy, seedPoint.connections(), flyway(copy), seeded() ? settings.seed() : null, () -> dropUnlessLost(copy));
    }

    /**
     * A file copy of {@code database} (no one may be connected to it), for work beside its real run such as the old
     * application's rehearsal of a release. Dropped when closed.
     */
    public synchronized WorkingDatabase copyOf(WorkingDatabase database) throws SQLException {
        lostServer.throwIfLost();
        String copy = databases().cloneOf(database.name());
        return new WorkingDatabase(copy, seedPoint.connections(), flyway(copy), database.seed().orElse(null), () -> dropUnlessLost(copy));
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

    /** Every step tried so far, rehearsed or not, in version order. */
    public synchronized List<StepResult> results() {
        return results.stream().sorted(Comparator.comparingInt(r -> indexOf(r.version()))).toList();
    }

    /** The latest result of a step tried so far, rehearsed or not (a class may rehearse a step in several methods). */
    public synchronized Optional<StepResult> result(Migration migration) {
        return results.stream().filter(r -> r.version().equals(migration.versionText())).reduce((first, latest) -> latest);
    }

    /** A step that the lost server kept from being rehearsed: shown as such in the summary and the reports. */
    private ServerLostException serverLost(StepResult result, ServerLostException lost) {
        boolean first = result.notRehearsed == null && result.crashed == null;
        result.notRehearsed = "the database server is gone";
        result.crashed = null;
        if (first) {
            log.accept(Summary.notRehearsed(result));
        }
        return lost;
    }

    /** Fails the class when the seed point cannot be built, which no step could then get past (a lost server says so itself). */
    public void failIfSeedPointFailed() {
        Optional<Blockage> failure = seedPoint.failure();
        if (failure.isPresent() && !lostServer.lost()) {
            throw new StepNotRunnableException("No step was rehearsed: " + failure.get().cause());
        }
    }

    private int indexOf(String version) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).versionText().equals(version)) {
                return i;
            }
        }
        return -1;
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

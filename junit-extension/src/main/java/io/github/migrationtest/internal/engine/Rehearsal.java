package io.github.migrationtest.internal.engine;

import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.database.Connections;
import io.github.migrationtest.internal.database.ScratchDatabases;
import io.github.migrationtest.internal.flyway.FlywayRunner;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.ScriptFailure;
import io.github.migrationtest.fixtures.Seeder;
import io.github.migrationtest.fixtures.SeedingException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    static final String MIGRATE_APPLICATION = "migrationtest-migrate";

    private final RehearsalSettings settings;
    private final List<Migration> migrations;
    private final ClassLoader loader;
    private final Connections connections;
    private final ScratchDatabases databases;
    private final Consumer<String> log;
    private final List<StepResult> results = new ArrayList<>();
    private String template;
    private String working;
    private int applied = -1;

    public Rehearsal(RehearsalSettings settings, List<Migration> migrations, ClassLoader loader, Connections connections, Consumer<String> log) {
        this.settings = settings;
        this.migrations = migrations;
        this.loader = loader;
        this.connections = connections;
        this.databases = new ScratchDatabases(connections);
        this.log = log;
    }

    /** The migrations rehearsed step by step: those after the seed point, in version order. */
    public List<Migration> steps() {
        return migrations.subList(seedIndex() + 1, migrations.size());
    }

    /** Rehearses one step, first bringing the working database to the version before it. */
    public synchronized StepResult rehearse(Migration migration) throws SQLException {
        int index = migrations.indexOf(migration);
        bringTo(index - 1);
        StepResult result = new StepResult(migration, seeded() ? settings.seed() : null);
        FlywayRunner flyway = flyway(working);
        long start = System.nanoTime();
        try (StepContext context = new StepContext(migration, working, result, settings, connections, databases,
                this::databaseBefore, Set.of(flyway.historyTable()), log)) {
            StepRun run = new StepRun(context, flyway, observers());
            run.run();
            applied = run.leftClean() ? index : Integer.MIN_VALUE;
        }
        result.wallTime = java.time.Duration.ofNanos(System.nanoTime() - start);
        results.add(result);
        log.accept(Summary.rehearsed(result));
        result.statements().forEach(statement -> log.accept("    " + statement));
        return result;
    }

    /** What is measured and judged around each step besides the schema; the statement runs first (they copy the database). */
    private List<StepObserver> observers() {
        return List.of(new StatementRunObserver(flyway(working).placeholders()), new DataObserver(),
                new LockObserver(settings.locks()));
    }

    /** A new database in the state before {@code migration}: a copy of the seed point migrated to the version before it. */
    private String databaseBefore(Migration migration) throws SQLException {
        String copy = databases.cloneOf(template());
        int index = migrations.indexOf(migration);
        if (index - 1 > seedIndex()) {
            ScriptFailure failure = flyway(copy).migrateTo(migrations.get(index - 1));
            if (failure != null) {
                throw new SQLException("cannot rebuild the database before " + migration.displayName() + ": " + failure.describe());
            }
        }
        return copy;
    }

    /** A fresh copy of the seed point for a programmatic test; dropped when the returned session closes. */
    public synchronized HarnessSession newHarness() throws SQLException {
        String copy = databases.cloneOf(template());
        return new HarnessSession(copy, dataSource(copy, "migrationtest-harness"), flyway(copy), migrations, () -> databases.drop(copy));
    }

    public synchronized List<StepResult> results() {
        return List.copyOf(results);
    }

    public RehearsalSettings settings() {
        return settings;
    }

    /** Where the server is, for reports. */
    public String serverDescription() {
        return connections.server().description();
    }

    private void bringTo(int index) throws SQLException {
        if (working != null && applied == index) {
            return;
        }
        if (working == null || applied > index || applied == Integer.MIN_VALUE) {
            if (working != null) {
                databases.drop(working);
            }
            working = databases.cloneOf(template());
            applied = seedIndex();
        }
        if (applied < index) {
            Migration target = migrations.get(index);
            ScriptFailure failure = flyway(working).migrateTo(target);
            if (failure != null) {
                applied = Integer.MIN_VALUE;
                throw new StepNotRunnableException("cannot bring the database to " + target.displayName()
                        + " before this step: " + failure.describe() + ". Fix that migration first; its own step says more.");
            }
            applied = index;
        }
    }

    private String template() throws SQLException {
        if (template == null) {
            template = databases.create();
            log.accept("Rehearsing " + settings.name() + " on " + connections.server().description() + " (seed " + settings.seed() + ")");
            Optional<Migration> seedPoint = seedIndex() >= 0 ? Optional.of(migrations.get(seedIndex())) : Optional.empty();
            if (seedPoint.isPresent()) {
                ScriptFailure failure = flyway(template).migrateTo(seedPoint.get());
                if (failure != null) {
                    throw new StepNotRunnableException("cannot migrate to the seed point " + seedPoint.get().displayName() + ": " + failure.describe());
                }
                seed(template);
            }
        }
        return template;
    }

    /** Fills the tables that exist at the seed point; ANALYZE is part of seeding. */
    private void seed(String database) {
        if (settings.rows() <= 0 && settings.tableRows().isEmpty()) {
            return;
        }
        Seeder seeder = Seeder.on(dataSource(database, "migrationtest-seed")).seed(settings.seed())
                .defaultRows(settings.rows()).scale(settings.scale()).progress(log);
        for (Map.Entry<String, Long> table : settings.tableRows().entrySet()) {
            seeder = seeder.rows(table.getKey(), table.getValue());
        }
        try {
            seeder.run();
        } catch (SeedingException e) {
            throw new ConfigurationProblem("@Rows", e.getMessage() + " (seed " + settings.seed() + ")", e);
        }
    }

    /** Whether the rehearsal runs on seeded data (there is a seed point and rows to put there). */
    private boolean seeded() {
        return seedIndex() >= 0 && (settings.rows() > 0 || !settings.tableRows().isEmpty());
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

    private DataSource dataSource(String database, String applicationName) {
        return connections.dataSource(database, applicationName);
    }

    private FlywayRunner flyway(String database) {
        return new FlywayRunner(dataSource(database, MIGRATE_APPLICATION), loader, settings.locations(), settings.flyway());
    }

    @Override
    public synchronized void close() throws SQLException {
        databases.close();
    }
}

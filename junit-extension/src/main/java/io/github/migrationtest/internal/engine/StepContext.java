package io.github.migrationtest.internal.engine;

import io.github.migrationtest.internal.database.Connections;
import io.github.migrationtest.internal.database.ScratchDatabases;
import io.github.migrationtest.internal.flyway.DeclarationParser;
import io.github.migrationtest.internal.flyway.Declarations;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.Placeholders;
import io.github.migrationtest.internal.flyway.ScriptFailure;
import io.github.migrationtest.internal.flyway.ScriptResource;
import io.github.migrationtest.internal.flyway.SqlSplitter;
import io.github.migrationtest.internal.flyway.SqlStatement;
import io.github.migrationtest.internal.locks.LockRules;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * What a {@link StepObserver} may use during one step: the working database, the step's result, the
 * rehearsal's settings, and copies of the database that are dropped when the step ends.
 */
final class StepContext implements AutoCloseable {

    private final Migration migration;
    private final String working;
    private final StepResult result;
    private final RehearsalSettings settings;
    private final Connections connections;
    private final ScratchDatabases databases;
    private final BeforeStepBuilder beforeStep;
    private final Set<String> ignoredTables;
    private final Consumer<String> log;
    private final List<String> copies = new ArrayList<>();
    private DataSource rebuilt;
    private Declarations declarations;
    private StepTrace trace;
    private final BackWrites backWrites = new BackWrites();
    private final Map<String, String> placeholders;

    StepContext(Migration migration, String working, StepResult result, RehearsalSettings settings, Connections connections,
                ScratchDatabases databases, BeforeStepBuilder beforeStep, Set<String> ignoredTables,
                Map<String, String> placeholders, Consumer<String> log) {
        this.placeholders = placeholders;
        this.migration = migration;
        this.working = working;
        this.result = result;
        this.settings = settings;
        this.connections = connections;
        this.databases = databases;
        this.beforeStep = beforeStep;
        this.ignoredTables = ignoredTables;
        this.log = log;
    }

    Migration migration() {
        return migration;
    }

    /** The {@code -- migrationtest:} declarations of the forward script, read once; any in the down script are problems. */
    Declarations declarations() {
        if (declarations == null) {
            Declarations forward = DeclarationParser.parse(migration.script(), LockRules.ids());
            List<String> problems = new ArrayList<>(forward.problems());
            migration.undo().ifPresent(undo -> problems.addAll(DeclarationParser.misplaced(undo, migration.script())));
            declarations = new Declarations(forward.declarations(), problems);
        }
        return declarations;
    }

    StepResult result() {
        return result;
    }

    RehearsalSettings settings() {
        return settings;
    }

    /** Whether the rehearsal runs on seeded data. */
    boolean seeded() {
        return result.seed().isPresent();
    }

    /** The forward script's statements as Flyway runs them: placeholders replaced, split with their lines. */
    List<SqlStatement> forwardStatements() throws SQLException {
        ScriptResource script = migration.script();
        return SqlSplitter.split(Placeholders.replace(script.read(), placeholders, script.fileName()));
    }

    /** Tables that belong to the harness (Flyway's history) and are never judged. */
    Set<String> ignoredTables() {
        return ignoredTables;
    }

    /** The working database, with connections named {@code applicationName} (so samplers can tell them apart). */
    DataSource database(String applicationName) {
        return connections.dataSource(working, applicationName);
    }

    /** The name the migration's own connections carry in {@code pg_stat_activity}. */
    String migrationApplicationName() {
        return Rehearsal.MIGRATE_APPLICATION;
    }

    /** A file copy of the working database as it is now; nobody may be connected to it. Dropped when the step ends. */
    DataSource copyOfDatabase(String applicationName) throws SQLException {
        String copy = databases.cloneOf(working);
        copies.add(copy);
        return connections.dataSource(copy, applicationName);
    }

    /**
     * The forward script traced statement by statement on a copy of the working database as it is before forward
     * (locks, rewrites, rows and time per statement); traced on first use, so that the observers share one copy.
     */
    synchronized StepTrace trace() throws SQLException {
        if (trace == null) {
            trace = StepTrace.of(this);
        }
        return trace;
    }

    /** The forward statement that timed out in the lock trace, if the trace ran and one did. */
    synchronized Optional<ScriptFailure> traceTimedOut() {
        return trace == null ? Optional.empty() : trace.timedOut();
    }

    /** The relations the down script wrote, told by its locks while it runs; see {@link BackWrites}. */
    BackWrites backWrites() {
        return backWrites;
    }

    /**
     * The database as it was before this step, rebuilt on first use (a copy of the seed point migrated to the
     * previous version), for looking up what a row held before. Dropped when the step ends.
     */
    synchronized DataSource beforeStep() throws SQLException {
        if (rebuilt == null) {
            String copy = beforeStep.build(migration);
            copies.add(copy);
            rebuilt = connections.dataSource(copy, "migrationtest-before");
        }
        return rebuilt;
    }

    void log(String line) {
        log.accept(line);
    }

    @Override
    public void close() throws SQLException {
        for (String copy : copies) {
            databases.drop(copy);
        }
        copies.clear();
    }

    /** Builds a database in the state before a migration and returns its name. */
    @FunctionalInterface
    interface BeforeStepBuilder {
        String build(Migration migration) throws SQLException;
    }
}

package io.github.migrationtest.internal.engine;

import io.github.migrationtest.internal.database.Connections;
import io.github.migrationtest.internal.database.ScratchDatabases;
import io.github.migrationtest.internal.flyway.CommitWatch;
import io.github.migrationtest.internal.flyway.DeclarationParser;
import io.github.migrationtest.internal.flyway.Declarations;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.Placeholders;
import io.github.migrationtest.internal.flyway.ScriptFailure;
import io.github.migrationtest.internal.flyway.ScriptResource;
import io.github.migrationtest.internal.flyway.SqlSplitter;
import io.github.migrationtest.internal.flyway.SqlStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
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
public final class StepContext implements AutoCloseable {

    private final Migration migration;
    private final List<Migration> history;
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
    private final Map<Class<?>, Object> shared = new HashMap<>();
    private final List<CommitWatch> backWatches = new ArrayList<>();
    private ScriptFailure timedOutOnCopy;
    private final Map<String, String> placeholders;
    /** The rules a declaration may allow: every registered check's. */
    private final Set<String> rules;

    StepContext(Migration migration, List<Migration> history, String working, StepResult result, RehearsalSettings settings, Connections connections,
                ScratchDatabases databases, BeforeStepBuilder beforeStep, Set<String> ignoredTables,
                Map<String, String> placeholders, Set<String> rules, Consumer<String> log) {
        this.placeholders = placeholders;
        this.rules = rules;
        this.migration = migration;
        this.history = List.copyOf(history);
        this.working = working;
        this.result = result;
        this.settings = settings;
        this.connections = connections;
        this.databases = databases;
        this.beforeStep = beforeStep;
        this.ignoredTables = ignoredTables;
        this.log = log;
    }

    public Migration migration() {
        return migration;
    }

    /** Every migration of the history, in version order (the steps are those after the seed point). */
    public List<Migration> history() {
        return history;
    }

    /** The {@code -- migrationtest:} declarations of the forward script, read once; any in the down script are problems. */
    public Declarations declarations() {
        if (declarations == null) {
            Declarations forward = DeclarationParser.parse(migration.script(), rules);
            List<String> problems = new ArrayList<>(forward.problems());
            migration.undo().ifPresent(undo -> problems.addAll(DeclarationParser.misplaced(undo, migration.script())));
            declarations = new Declarations(forward.declarations(), problems);
        }
        return declarations;
    }

    public StepResult result() {
        return result;
    }

    public RehearsalSettings settings() {
        return settings;
    }

    /** Whether the rehearsal runs on seeded data. */
    public boolean seeded() {
        return result.seed().isPresent();
    }

    /** The forward script's statements as Flyway runs them: placeholders replaced, split with their lines. */
    public List<SqlStatement> forwardStatements() throws SQLException {
        ScriptResource script = migration.script();
        return SqlSplitter.split(Placeholders.replace(script.read(), placeholders, script.fileName()));
    }

    /** Tables that belong to the harness (Flyway's history) and are never judged. */
    public Set<String> ignoredTables() {
        return ignoredTables;
    }

    /** The working database, with connections named {@code applicationName} (so samplers can tell them apart). */
    public DataSource database(String applicationName) {
        return connections.dataSource(working, applicationName);
    }

    /** The name the migration's own connections carry in {@code pg_stat_activity}. */
    public String migrationApplicationName() {
        return Rehearsal.MIGRATE_APPLICATION;
    }

    /** A file copy of the working database as it is now; nobody may be connected to it. Dropped when the step ends. */
    public DataSource copyOfDatabase(String applicationName) throws SQLException {
        String copy = databases.cloneOf(working);
        copies.add(copy);
        return connections.dataSource(copy, applicationName);
    }

    /**
     * One object of {@code type} for every observer of this step, made on first use and kept until the step ends (the
     * lock trace on a copy is one: the lock and the data checks share it).
     */
    public synchronized <T> T shared(Class<T> type, Shared<T> make) throws SQLException {
        Object value = shared.get(type);
        if (value == null) {
            value = make.make();
            shared.put(type, value);
        }
        return type.cast(value);
    }

    /** Makes a {@link #shared} object. */
    @FunctionalInterface
    public interface Shared<T> {
        T make() throws SQLException;
    }

    /** Records that the forward script timed out on the copy; the forward run then fails with that, without running. */
    public synchronized void forwardTimedOutOnCopy(ScriptFailure failure) {
        timedOutOnCopy = failure;
    }

    /** The forward statement that timed out on a copy (in the lock trace), if one did. */
    synchronized Optional<ScriptFailure> traceTimedOut() {
        return Optional.ofNullable(timedOutOnCopy);
    }

    /** Looks at the down script's connection before each of its commits (which relations it wrote), while it runs. */
    public synchronized void watchBack(CommitWatch watch) {
        backWatches.add(watch);
    }

    /** Every watch of the down script, as one. */
    synchronized CommitWatch backWatch() {
        List<CommitWatch> watches = List.copyOf(backWatches);
        return watches.isEmpty() ? CommitWatch.NONE : new CommitWatch() {
            @Override
            public void beforeCommit(java.sql.Connection connection) throws SQLException {
                for (CommitWatch w : watches) {
                    w.beforeCommit(connection);
                }
            }

            @Override
            public void ranUnwatched(SqlStatement statement) {
                watches.forEach(w -> w.ranUnwatched(statement));
            }
        };
    }

    /**
     * The database as it was before this step, rebuilt on first use (a copy of the seed point migrated to the
     * previous version), for looking up what a row held before. Dropped when the step ends.
     */
    public synchronized DataSource beforeStep() throws SQLException {
        if (rebuilt == null) {
            String copy = beforeStep.build(migration);
            copies.add(copy);
            rebuilt = connections.dataSource(copy, "migrationtest-before");
        }
        return rebuilt;
    }

    public void log(String line) {
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

package io.github.migrationtest.internal.engine;

import io.github.migrationtest.internal.database.Connections;
import io.github.migrationtest.internal.database.HarnessFailures;
import io.github.migrationtest.internal.database.SessionTimeouts;
import io.github.migrationtest.internal.flyway.FlywayRunner;
import io.github.migrationtest.internal.flyway.UndoRunner;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A database of its own at some version of the history, reached as a step reaches it (a copy of the seed point,
 * migrated and topped up), for work outside the step-by-step walk such as a release; {@link #close()} drops it.
 */
public final class WorkingDatabase implements AutoCloseable {

    private final String name;
    private final Connections connections;
    private final FlywayRunner flyway;
    private final Long seed;
    private final HarnessSession.Closer closer;

    WorkingDatabase(String name, Connections connections, FlywayRunner flyway, Long seed, HarnessSession.Closer closer) {
        this.name = name;
        this.connections = connections;
        this.flyway = flyway;
        this.seed = seed;
        this.closer = closer;
    }

    /** Connections to it, named {@code applicationName} in {@code pg_stat_activity}, with the harness timeouts. */
    public DataSource dataSource(String applicationName) {
        return connections.dataSource(name, applicationName);
    }

    String name() {
        return name;
    }

    /** Flyway on it, migrating as the harness does. */
    public FlywayRunner flyway() {
        return flyway;
    }

    /** The down-script runner on it (it removes the history rows too). */
    public UndoRunner undo() {
        return new UndoRunner(dataSource(Rehearsal.MIGRATE_APPLICATION), flyway.historyTable(), flyway.placeholders());
    }

    /** The tables that are the harness's, not the application's: Flyway's history table. */
    public Set<String> ignoredTables() {
        return Set.of(flyway.historyTable());
    }

    /** The seed of its synthetic data, when it holds any. */
    public Optional<Long> seed() {
        return Optional.ofNullable(seed);
    }

    /** What a failed harness query (not a script's) was doing, the server's message, and the setting that fixes it. */
    public static String harnessFailure(SQLException e, SessionTimeouts timeouts) {
        return HarnessFailures.describe(e, timeouts);
    }

    @Override
    public void close() throws SQLException {
        closer.close();
    }
}

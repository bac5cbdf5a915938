package io.github.migrationtest.internal.data;

import io.github.migrationtest.internal.flyway.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Runs a migration's statements one by one and records the rows each touched and its duration. */
public final class StatementEffects {

    private final int timeoutSeconds;

    /** @param timeoutSeconds how long one statement may run before it is cancelled */
    public StatementEffects(int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Executes each statement in order on {@code connection}; stops at the first failure, naming its line. */
    public List<StatementEffect> run(Connection connection, List<SqlStatement> statements) throws SQLException {
        List<StatementEffect> effects = new ArrayList<>();
        for (SqlStatement statement : statements) {
            effects.add(run(connection, statement));
        }
        return effects;
    }

    private StatementEffect run(Connection connection, SqlStatement sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
            long start = System.nanoTime();
            boolean returnsRows = statement.execute(sql.sql());
            Duration duration = Duration.ofNanos(System.nanoTime() - start);
            int count = returnsRows ? -1 : statement.getUpdateCount();
            OptionalLong rows = count >= 0 && changesData(sql) ? OptionalLong.of(count) : OptionalLong.empty();
            return new StatementEffect(sql.line(), sql.headline(), rows, duration);
        } catch (SQLException e) {
            throw new SQLException("statement at line " + sql.line() + " failed: " + sql.headline() + ": "
                    + e.getMessage(), e.getSQLState(), e);
        }
    }

    /** DDL reports an update count of 0; only INSERT, UPDATE, DELETE and MERGE (also inside WITH) touch rows. */
    public static boolean changesData(SqlStatement sql) {
        String text = sql.sql().strip().toLowerCase(java.util.Locale.ROOT);
        return text.startsWith("insert") || text.startsWith("update") || text.startsWith("delete")
                || text.startsWith("merge") || text.startsWith("with");
    }
}

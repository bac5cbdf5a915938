package io.github.migrationtest.internal.flyway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Runs a down script ({@code U<version>__*.sql}) the way Flyway runs a migration — in one transaction unless
 * its {@code .sql.conf} says {@code executeInTransaction=false} — and removes the version's history row,
 * which Flyway Community cannot do.
 */
public final class UndoRunner {

    private final DataSource dataSource;
    private final String historyTable;
    private final Map<String, String> placeholders;

    public UndoRunner(DataSource dataSource, String historyTable, Map<String, String> placeholders) {
        this.dataSource = dataSource;
        this.historyTable = historyTable;
        this.placeholders = placeholders;
    }

    /** Runs the down script of the migration; returns the failure, or null when it succeeded. */
    public ScriptFailure undo(Migration migration, ScriptResource script) throws SQLException {
        boolean inTransaction = script.config().executeInTransaction();
        List<SqlStatement> statements = SqlSplitter.split(Placeholders.replace(script.read(), placeholders, script.fileName()));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(!inTransaction);
            try (Statement s = c.createStatement()) {
                for (SqlStatement statement : statements) {
                    try {
                        s.execute(statement.sql());
                    } catch (SQLException e) {
                        if (inTransaction) {
                            c.rollback();
                        }
                        return ScriptFailure.of(script.toString(), statement, e);
                    }
                }
            }
            removeHistoryRow(c, migration);
            if (inTransaction) {
                c.commit();
            }
        }
        return null;
    }

    private void removeHistoryRow(Connection c, Migration migration) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + historyTable + " WHERE version = ?")) {
            delete.setString(1, migration.versionText());
            delete.executeUpdate();
        }
    }
}

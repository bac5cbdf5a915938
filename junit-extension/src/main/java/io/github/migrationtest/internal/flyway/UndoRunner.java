package io.github.migrationtest.internal.flyway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs a down script ({@code U<version>__*.sql}) the way Flyway runs a migration — in one transaction unless
 * its {@code .sql.conf} says {@code executeInTransaction=false} — and removes the version's history row,
 * which Flyway Community cannot do.
 */
public final class UndoRunner {

    /** SQLSTATE 25001, active_sql_transaction: "… cannot run inside a transaction block". */
    private static final String NOT_IN_TRANSACTION_BLOCK = "25001";
    private final DataSource dataSource;
    private final String historyTable;
    private final Map<String, String> placeholders;
    private Optional<String> committedBeforeFailure = Optional.empty();

    public UndoRunner(DataSource dataSource, String historyTable, Map<String, String> placeholders) {
        this.dataSource = dataSource;
        this.historyTable = historyTable;
        this.placeholders = placeholders;
    }

    /** Runs the down script of the migration; returns the failure, or null when it succeeded. */
    public ScriptFailure undo(Migration migration, ScriptResource script) throws SQLException {
        return undo(migration, script, CommitWatch.NONE);
    }

    /**
     * The same, showing {@code watch} each transaction before it commits. Without its own transaction the script's
     * statements run one transaction each, which is what autocommit does, except those that cannot run in a
     * transaction and every statement of a script that begins or ends transactions itself: these run in autocommit.
     */
    public ScriptFailure undo(Migration migration, ScriptResource script, CommitWatch watch) throws SQLException {
        boolean inTransaction = script.config().executeInTransaction();
        List<SqlStatement> statements = SqlSplitter.split(Placeholders.replace(script.read(), placeholders, script.fileName()));
        boolean ownTransactions = statements.stream().anyMatch(SqlStatement::isTransactionControl);
        committedBeforeFailure = Optional.empty();
        SqlStatement lastCommit = null;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (SqlStatement statement : statements) {
                boolean autocommit = !inTransaction && (ownTransactions || statement.mustRunOutsideTransaction());
                try {
                    run(c, s, statement, autocommit, inTransaction, watch);
                } catch (SQLException e) {
                    if (!c.getAutoCommit()) {
                        c.rollback();
                    }
                    committedBeforeFailure = CommittedPart.before(statement, statements, inTransaction, lastCommit);
                    return ScriptFailure.of(script.toString(), statement, e);
                }
                if (CommittedPart.commits(statement)) {
                    lastCommit = statement;
                }
            }
            c.setAutoCommit(!inTransaction);
            removeHistoryRow(c, migration);
            if (inTransaction) {
                watch.beforeCommit(c);
                c.commit();
            }
        }
        return null;
    }

    /** After a failed {@link #undo}: what the script had already committed, which the failure did not undo. */
    public Optional<String> committedBeforeFailure() {
        return committedBeforeFailure;
    }

    /**
     * Runs one statement; without the script's own transaction, in one of its own, shown to the watch before it
     * commits, or in autocommit. A statement the server refuses to run in a transaction block that
     * {@link SqlStatement#mustRunOutsideTransaction()} does not know runs again in autocommit.
     */
    private static void run(Connection c, Statement s, SqlStatement statement, boolean autocommit, boolean inTransaction,
                            CommitWatch watch) throws SQLException {
        c.setAutoCommit(autocommit);
        if (autocommit) {
            s.execute(statement.sql());
            watch.ranUnwatched(statement);
            return;
        }
        try {
            s.execute(statement.sql());
        } catch (SQLException e) {
            if (inTransaction || !NOT_IN_TRANSACTION_BLOCK.equals(e.getSQLState())) {
                throw e;
            }
            c.rollback();
            run(c, s, statement, true, false, watch);
            return;
        }
        if (!inTransaction) {
            watch.beforeCommit(c);
            c.commit();
        }
    }

    private void removeHistoryRow(Connection c, Migration migration) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + historyTable + " WHERE version = ?")) {
            delete.setString(1, migration.versionText());
            delete.executeUpdate();
        }
    }
}

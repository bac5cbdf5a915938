package io.github.migrationtest.internal.locks;

import io.github.migrationtest.internal.flyway.SqlStatement;
import java.sql.SQLException;

/** A statement of the forward script failed while the lock trace ran it on a copy; {@link #getCause()} is the server's error. */
public final class TracedStatementFailed extends IllegalStateException {

    private static final long serialVersionUID = 1L;
    private final transient SqlStatement statement;

    TracedStatementFailed(SqlStatement statement, SQLException cause) {
        super("lock trace: the statement at line " + statement.line() + " (" + statement.headline() + ") failed: " + cause.getMessage(), cause);
        this.statement = statement;
    }

    public SqlStatement statement() {
        return statement;
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}

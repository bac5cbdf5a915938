package io.github.migrationtest.internal.data;

import io.github.migrationtest.internal.flyway.CommitWatch;
import io.github.migrationtest.internal.flyway.SqlStatement;
import io.github.migrationtest.internal.locks.OwnLocks;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The relations whose rows the down script may have changed, read in the real run from the locks its own backend
 * holds before each commit: rows change only under ROW EXCLUSIVE or a stronger lock (see {@link ForwardWrites}).
 * Statements that must run outside a transaction change no rows; any other statement that ran in autocommit (a script
 * that begins and ends its own transactions) leaves the answer unknown.
 */
public final class BackWrites implements CommitWatch {

    private final Set<String> written = new HashSet<>();
    private boolean known = true;

    /** A failed look is rolled back to a savepoint, so that it cannot abort the script's transaction. */
    @Override
    public void beforeCommit(Connection connection) throws SQLException {
        Savepoint beforeLook = connection.setSavepoint();
        try {
            written.addAll(OwnLocks.written(connection));
            connection.releaseSavepoint(beforeLook);
        } catch (SQLException e) {
            connection.rollback(beforeLook);
            known = false;
        }
    }

    @Override
    public void ranUnwatched(SqlStatement statement) {
        known &= statement.mustRunOutsideTransaction();
    }

    /** Qualified names of the relations written; empty when they cannot be told. */
    Optional<Set<String>> written() {
        return known ? Optional.of(Set.copyOf(written)) : Optional.empty();
    }
}

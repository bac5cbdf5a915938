package io.github.migrationtest.internal.engine;

import io.github.migrationtest.internal.database.HarnessQueryException;
import io.github.migrationtest.internal.database.SessionTimeouts;
import java.sql.SQLException;

/**
 * The message of a failed harness query (not the migration's own SQL): what the harness was doing and where, the
 * server's message and SQLSTATE, and the setting or the action that fixes it.
 */
public final class HarnessFailures {

    private HarnessFailures() {
    }

    /** {@code the harness's own query failed (the data fingerprint of public.orders after forward): … Another session …}. */
    public static String describe(SQLException e, SessionTimeouts timeouts) {
        HarnessQueryException query = e instanceof HarnessQueryException q ? q : null;
        String what = query == null ? "a query of the harness" : query.what();
        String state = e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")";
        return "the harness's own query failed (" + what + "): " + HarnessQueryException.serverMessage(rootSql(e)) + state
                + ". " + advice(e.getSQLState(), query, timeouts);
    }

    private static String advice(String sqlState, HarnessQueryException query, SessionTimeouts timeouts) {
        String others = query == null || query.others().isEmpty() ? "" : " (" + query.others() + ")";
        String table = query == null ? "a table the harness reads" : query.table().orElse("a table the harness reads");
        return switch (sqlState == null ? "" : sqlState) {
            case "55P03" -> "Another session holds a lock on " + table + others + ", and the harness gave up waiting for it after"
                    + " lock_timeout = " + timeouts.lock().toMillis() + " ms (migrationtest.timeout.lock). That session is not the"
                    + " migration: end its transaction, or raise migrationtest.timeout.lock if it is expected to finish.";
            case "57014" -> "The query ran longer than statement_timeout = " + timeouts.statement().toMillis()
                    + " ms (migrationtest.timeout.statement): raise migrationtest.timeout.statement, or lower migrationtest.scale.";
            case "25P03" -> "A harness transaction stayed idle longer than idle_in_transaction_session_timeout = "
                    + timeouts.idleInTransaction().toMillis() + " ms: raise migrationtest.timeout.idle-in-transaction.";
            case "55006" -> "CREATE DATABASE … TEMPLATE copies a database only while nobody else is connected to it, but "
                    + (others.isEmpty() ? "another session is connected" : "these sessions are connected" + others) + ". Close every"
                    + " connection that the test, or the application it starts, opens to the step's database before the test"
                    + " method returns: the harness copies that database before each step.";
            default -> sqlState != null && sqlState.startsWith("08")
                    ? "The connection to the server broke: check that the database server is still running."
                    : "This is the harness's SQL, not your migration's; if it keeps failing, report it with this message.";
        };
    }

    private static SQLException rootSql(SQLException e) {
        return e instanceof HarnessQueryException && e.getCause() instanceof SQLException cause ? cause : e;
    }
}

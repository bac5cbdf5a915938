package io.github.migrationtest.internal.database;

import java.time.Duration;

/**
 * The timeouts set on every harness connection so that nothing waits forever.
 *
 * @param lock              {@code lock_timeout}: how long a statement waits for a lock
 * @param statement         {@code statement_timeout}: how long one statement may run
 * @param idleInTransaction {@code idle_in_transaction_session_timeout}
 * @param connect           how long opening a connection may take
 */
public record SessionTimeouts(Duration lock, Duration statement, Duration idleInTransaction, Duration connect) {

    public static final SessionTimeouts DEFAULTS =
            new SessionTimeouts(Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(2), Duration.ofSeconds(10));

    /** The PostgreSQL {@code options} startup parameter that applies these timeouts to a session. */
    public String asOptions() {
        return "-c lock_timeout=" + lock.toMillis()
                + " -c statement_timeout=" + statement.toMillis()
                + " -c idle_in_transaction_session_timeout=" + idleInTransaction.toMillis();
    }

    /** Socket reads give up a minute after the server should have cancelled the statement itself. */
    int socketTimeoutSeconds() {
        return (int) statement.plusMinutes(1).toSeconds();
    }
}

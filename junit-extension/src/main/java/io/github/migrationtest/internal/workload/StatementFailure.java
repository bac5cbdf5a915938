package io.github.migrationtest.internal.workload;

import java.sql.SQLException;

/** A failed statement of a workload that knows its own place (a SQL file's named statement), with the server's error. */
final class StatementFailure extends SQLException {

    private final String statement;
    private final String frame;

    /** @param frame where the statement is, e.g. {@code find-customer (queries.sql:4)} */
    StatementFailure(String statement, String frame, SQLException cause) {
        super(cause.getMessage(), cause.getSQLState(), cause);
        this.statement = statement;
        this.frame = frame;
    }

    String statement() {
        return statement;
    }

    String frame() {
        return frame;
    }
}

package io.github.migrationtest.internal.workload;

import java.sql.SQLException;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What identifies a failed call: its SQLSTATE, the server's message, the statement and the workload's own frame
 * that sent it. Calls that fail alike are counted together.
 */
record FailedCall(String sqlState, String message, String statement, String frame) {

    /** The SQLSTATE shown for a failure that carries none (an exception of the workload's own). */
    static final String NO_SQLSTATE = "-----";
    private static final List<String> NOT_THE_WORKLOAD = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
            "org.postgresql.", "com.zaxxer.", "io.github.migrationtest.internal.", "$Proxy");

    /** @param statement the statement the call sent last, as the connection saw it; null when none */
    static FailedCall of(Throwable failure, String statement) {
        if (failure instanceof StatementFailure located) {
            FailedCall inner = of(located.getCause(), located.statement());
            return new FailedCall(inner.sqlState, inner.message, located.statement(), located.frame());
        }
        SQLException sql = sqlException(failure);
        String state = sql == null || sql.getSQLState() == null ? NO_SQLSTATE : sql.getSQLState();
        String message = sql == null ? failure.getClass().getSimpleName() + messageOf(failure) : serverMessage(sql);
        return new FailedCall(state, message, statement == null ? "(no statement)" : oneLine(statement),
                frame(sql == null ? failure : sql));
    }

    private static SQLException sqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** {@code column "email" does not exist}: the server's own words, without the driver's position and hint. */
    static String serverMessage(SQLException sql) {
        ServerErrorMessage server = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String text = server != null && server.getMessage() != null ? server.getMessage() : String.valueOf(sql.getMessage());
        return text.lines().findFirst().orElse("").strip();
    }

    private static String messageOf(Throwable failure) {
        return failure.getMessage() == null ? "" : ": " + failure.getMessage().lines().findFirst().orElse("");
    }

    /** The first frame of the workload's own code: {@code ShopRelease14.run (ShopRelease14.java:31)}. */
    private static String frame(Throwable failure) {
        for (StackTraceElement e : failure.getStackTrace()) {
            String type = e.getClassName();
            if (NOT_THE_WORKLOAD.stream().noneMatch(p -> type.startsWith(p) || type.contains(p))) {
                return type.substring(type.lastIndexOf('.') + 1) + "." + e.getMethodName()
                        + " (" + e.getFileName() + ":" + e.getLineNumber() + ")";
            }
        }
        return "(no frame of the workload)";
    }

    static String oneLine(String sql) {
        String text = sql.strip().replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 197) + "..." : text;
    }
}

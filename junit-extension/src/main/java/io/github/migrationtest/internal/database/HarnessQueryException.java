package io.github.migrationtest.internal.database;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;

/**
 * A query of the harness's own (a fingerprint, a catalog read, a copy or drop of a database), not the migration's,
 * that failed: what it was doing, the table it read where there is one, and what is known about who was in the way.
 * Keeps the server's SQLSTATE, so that the message can name the setting to change.
 */
public final class HarnessQueryException extends SQLException {

    private static final long serialVersionUID = 1L;
    private final String what;
    private final String table;
    private final String others;

    /**
     * @param what   e.g. {@code the data fingerprint of public.orders}
     * @param table  the table the query read, or null
     * @param others who else was in the way (sessions holding a lock, or connected), or empty when not known
     */
    public HarnessQueryException(String what, String table, String others, SQLException cause) {
        super(what + ": " + serverMessage(cause), cause.getSQLState(), cause);
        this.what = what;
        this.table = table;
        this.others = others;
    }

    /** The same failure, saying also where in the step it happened, e.g. {@code after forward}. */
    public HarnessQueryException during(String where) {
        return new HarnessQueryException(what + " " + where, table, others, (SQLException) getCause());
    }

    public String what() {
        return what;
    }

    public Optional<String> table() {
        return Optional.ofNullable(table);
    }

    public String others() {
        return others;
    }

    /** The server's own message without the position and SQLSTATE the driver appends. */
    public static String serverMessage(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null && p.getServerErrorMessage().getMessage() != null) {
            return p.getServerErrorMessage().getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}

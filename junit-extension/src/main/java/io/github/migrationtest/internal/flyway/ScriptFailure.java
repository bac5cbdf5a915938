package io.github.migrationtest.internal.flyway;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Why a script failed: the script, the line where known, SQLSTATE and the server's message.
 *
 * @param script    e.g. {@code classpath:db/undo/U3__index_email.sql}
 * @param line      the script line of the failing statement, or 0 when unknown
 * @param sqlState  e.g. {@code 42P01}, or empty
 * @param message   the server's message
 * @param statement the failing statement's first line, or empty
 */
public record ScriptFailure(String script, int line, String sqlState, String message, String statement) {

    /** SQLSTATE 57014, query_canceled: also what {@code statement_timeout} raises. */
    private static final String STATEMENT_TIMEOUT = "57014";
    private static final Pattern FLYWAY_LINE = Pattern.compile("Line\\s*:\\s*(\\d+)");

    /** From a statement of a script that the harness ran itself. */
    public static ScriptFailure of(String script, SqlStatement statement, SQLException e) {
        return new ScriptFailure(script, statement.line() + linesBeforeErrorPosition(statement, e),
                nullToEmpty(e.getSQLState()), serverMessage(e), statement.headline());
    }

    /**
     * From Flyway's exception for a migration it ran: the line is read from its message, the statement
     * found at that line of the script (Flyway prints it only in debug mode).
     */
    static ScriptFailure ofFlyway(String script, List<SqlStatement> statements, RuntimeException e) {
        SQLException sql = sqlCause(e).orElse(null);
        Matcher lineMatch = FLYWAY_LINE.matcher(nullToEmpty(e.getMessage()));
        int line = lineMatch.find() ? Integer.parseInt(lineMatch.group(1)) : 0;
        String statement = statements.stream().filter(s -> s.line() <= line).reduce((a, b) -> b).map(SqlStatement::headline).orElse("");
        return new ScriptFailure(script, line, sql == null ? "" : nullToEmpty(sql.getSQLState()),
                sql == null ? firstLine(e.getMessage()) : serverMessage(sql), line > 0 ? statement : "");
    }

    /** Whether PostgreSQL cancelled the statement because it ran longer than {@code statement_timeout}. */
    public boolean statementTimedOut() {
        return STATEMENT_TIMEOUT.equals(sqlState) && message.contains("statement timeout");
    }

    /** {@code U3__x.sql line 4: ERROR 42P01 relation "x" does not exist (in: DROP INDEX x)}. */
    public String describe() {
        return script + (line > 0 ? " line " + line : "") + ": "
                + (sqlState.isEmpty() ? "" : "SQLSTATE " + sqlState + " ") + message
                + (statement.isEmpty() ? "" : " (in: " + statement + ")");
    }

    private static int linesBeforeErrorPosition(SqlStatement statement, SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null && p.getServerErrorMessage().getPosition() > 0) {
            int position = Math.min(p.getServerErrorMessage().getPosition(), statement.sql().length());
            return (int) statement.sql().substring(0, position - 1).chars().filter(c -> c == '\n').count();
        }
        return 0;
    }

    private static String serverMessage(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage server = p.getServerErrorMessage();
            return nullToEmpty(server.getMessage()) + (server.getDetail() == null ? "" : " — " + server.getDetail());
        }
        return firstLine(e.getMessage());
    }

    private static Optional<SQLException> sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

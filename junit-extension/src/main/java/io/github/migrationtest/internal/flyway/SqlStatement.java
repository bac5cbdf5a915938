package io.github.migrationtest.internal.flyway;

import java.util.regex.Pattern;

/**
 * One statement of a SQL script, with the line it starts on (1-based) so that messages can point at it.
 *
 * @param line the script line on which the statement starts
 * @param sql  the statement text without the terminating semicolon
 */
public record SqlStatement(int line, String sql) {

    private static final Pattern COMMENTS = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "^(BEGIN|START TRANSACTION|COMMIT|END|ROLLBACK)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTSIDE_TRANSACTION = Pattern.compile(
            "\\bCONCURRENTLY\\b|^VACUUM\\b|^(CREATE|DROP) (DATABASE|TABLESPACE)\\b|^ALTER SYSTEM\\b"
                    + "|^REINDEX (DATABASE|SYSTEM)\\b|^CLUSTER( VERBOSE)?$|^ALTER DATABASE .* SET TABLESPACE\\b",
            Pattern.CASE_INSENSITIVE);

    /** The first line of the statement, shortened for messages. */
    public String headline() {
        String first = sql.strip().lines().findFirst().orElse("");
        return first.length() > 80 ? first.substring(0, 77) + "..." : first;
    }

    /** Whether the statement begins or ends a transaction itself. */
    public boolean isTransactionControl() {
        return TRANSACTION_CONTROL.matcher(clean(sql)).find();
    }

    /**
     * Whether PostgreSQL refuses to run the statement inside a transaction block. None of these changes the rows of
     * a table: they build or drop indexes, vacuum, or work outside the database.
     */
    public boolean mustRunOutsideTransaction() {
        return OUTSIDE_TRANSACTION.matcher(clean(sql)).find();
    }

    /** SQL text without comments, on one line, with single spaces. */
    public static String clean(String sql) {
        return COMMENTS.matcher(sql).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}

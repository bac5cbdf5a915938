package io.github.migrationtest.internal.flyway;

/**
 * One statement of a SQL script, with the line it starts on (1-based) so that messages can point at it.
 *
 * @param line the script line on which the statement starts
 * @param sql  the statement text without the terminating semicolon
 */
public record SqlStatement(int line, String sql) {

    /** The first line of the statement, shortened for messages. */
    public String headline() {
        String first = sql.strip().lines().findFirst().orElse("");
        return first.length() > 80 ? first.substring(0, 77) + "..." : first;
    }
}

package io.github.migrationtest;

import java.util.Optional;
import java.time.Duration;

/**
 * A known-dangerous lock pattern found in a migration, e.g. {@code CREATE INDEX} without {@code CONCURRENTLY}.
 *
 * @param rule           kebab-case rule id, e.g. {@code create-index-without-concurrently}
 * @param severity       {@code INFO}, {@code WARNING} or {@code ERROR}; grows with the table's production size
 * @param line           the script line on which the statement starts
 * @param statement      the first line of the statement
 * @param table          the table it is about (qualified)
 * @param productionRows the table's rows in production, -1 unknown
 * @param blocked        how long reads or writes were measured blocked, when measured
 * @param message        what happened and the safe recipe, ending with {@code [rule: id]}
 */
public record LockRuleBreach(String rule, String severity, int line, String statement, String table,
                             long productionRows, Optional<Duration> blocked, String message) {

    public boolean isError() {
        return severity.equals("ERROR");
    }
}

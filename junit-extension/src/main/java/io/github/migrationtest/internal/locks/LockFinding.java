package io.github.migrationtest.internal.locks;

import java.time.Duration;
import java.util.Optional;

/**
 * One broken lock rule.
 *
 * @param ruleId   kebab-case rule id, e.g. {@code create-index-without-concurrently}
 * @param headline the first line of the statement
 * @param line     the script line on which the statement starts
 * @param table    the table it is about (qualified)
 * @param mode     the lock the statement took on it
 * @param rows     the table's production rows, -1 when unknown
 * @param blocked  how long reads or writes were measured blocked (probes or sampler), null when not measured
 * @param message  the whole message, ending with the safe recipe and {@code [rule: id]}
 * @param recipe   the safe way to do it
 */
public record LockFinding(String ruleId, Severity severity, String headline, int line, String table, LockMode mode,
                          long rows, Duration blocked, String message, String recipe) {

    public Optional<Duration> measuredBlocking() {
        return Optional.ofNullable(blocked);
    }

    /** The message with its severity and line, for reports: {@code ERROR at line 3: CREATE INDEX …}. */
    @Override
    public String toString() {
        return severity + " at line " + line + ": " + message;
    }
}

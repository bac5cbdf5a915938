package io.github.migrationtest.internal.data;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * What one statement of a migration did: how many rows it touched and how long it took.
 *
 * @param line         the script line the statement starts on
 * @param headline     the statement's first line, shortened
 * @param rowsAffected rows inserted, updated or deleted; empty for statements that report no count (DDL)
 * @param duration     wall-clock time of the statement
 */
public record StatementEffect(int line, String headline, OptionalLong rowsAffected, Duration duration) {

    @Override
    public String toString() {
        String rows = rowsAffected.isPresent() ? FindingMessages.number(rowsAffected.getAsLong()) + " rows" : "no rows";
        return "line " + line + ": " + headline + " — " + rows + " in " + duration.toMillis() + " ms";
    }
}

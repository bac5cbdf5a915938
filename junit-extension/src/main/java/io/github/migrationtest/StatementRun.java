package io.github.migrationtest;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * One statement of a migration that changes data (INSERT, UPDATE, DELETE, MERGE, or WITH …), as it ran on a
 * copy of the step's starting database: how many rows it touched and how long it took.
 *
 * @param line      the script line the statement starts on
 * @param statement the statement's first line, shortened
 * @param rows      rows inserted, updated or deleted; empty when the server reported no count
 * @param time      wall-clock time of the statement
 */
public record StatementRun(int line, String statement, OptionalLong rows, Duration time) {

    /** {@code line 3: UPDATE customers — 2,000 rows in 14 ms}. */
    @Override
    public String toString() {
        String touched = rows.isPresent() ? String.format(Locale.ROOT, "%,d rows", rows.getAsLong()) : "no row count";
        return "line " + line + ": " + statement + " — " + touched + " in " + time.toMillis() + " ms";
    }
}

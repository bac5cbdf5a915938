package io.github.migrationtest.internal.workload;

import java.util.Map;

/** How to fix a migration that breaks the running application, by the SQLSTATE the application got. */
final class ApplicationAdvice {

    private static final Map<String, String> BY_SQLSTATE = Map.of(
            "42703", "Expand and contract instead: add the new column, write both, backfill, switch reads, drop the old"
                    + " column in a later release.",
            "42P01", "Expand and contract instead: create the new table, write both, backfill, switch reads, drop the old"
                    + " table in a later release.",
            "23502", "Add the column with a DEFAULT (or nullable) so that the old INSERTs that do not name it still work;"
                    + " make it NOT NULL in a later release, once no old code writes the table.",
            "22001", "Widen first, narrow later: the old code still writes longer values; narrow the column in a later"
                    + " release, once no old code writes it.",
            "0A000", "The old code's server-prepared statements cached the old result type (PgJDBC prepares from the 5th"
                    + " execution, and retries by itself only outside a transaction): deploy the new code first and run"
                    + " this migration post-deploy, have the code name its columns instead of select *, or set"
                    + " autosave=conservative on its connections.",
            "23505", "The old code writes rows the new unique constraint refuses: deploy code that writes unique values"
                    + " first and add the constraint post-deploy.",
            "23514", "The old code writes rows the new CHECK refuses: deploy code that writes valid rows first and add"
                    + " the constraint NOT VALID post-deploy, then VALIDATE it.");

    private ApplicationAdvice() {
    }

    static String of(String sqlState) {
        return BY_SQLSTATE.getOrDefault(sqlState, "Change the migration so that the release that runs during it keeps"
                + " working, or mark it -- migrationtest: post-deploy if it runs once the new code is live.");
    }
}

package io.github.migrationtest.internal.engine;

import io.github.migrationtest.MigrationTestConfiguration;
import io.github.migrationtest.internal.flyway.ScriptFailure;
import java.time.Duration;

/** The lines added to a script failure that PostgreSQL's {@code statement_timeout} caused: which key set it, and the fix. */
final class TimeoutHint {

    private static final String KEY = MigrationTestConfiguration.STATEMENT_TIMEOUT;

    private TimeoutHint() {
    }

    /** Empty unless the failure is a statement timeout; {@code inTrace}: it happened in the lock trace on a copy. */
    static String of(ScriptFailure failure, Duration limit, boolean inTrace) {
        if (!failure.statementTimedOut()) {
            return "";
        }
        return "\n  PostgreSQL cancelled the statement after " + KEY + " = " + text(limit)
                + (inTrace ? " while the lock trace ran the script on a copy of the database; the forward run was not started,"
                        + " so the hang cost one timeout, not two." : ".")
                + "\n  If it needs that long on production-sized data, raise the limit (-D" + KEY + "=" + text(limit.multipliedBy(2))
                + "); if it waits for ever (a lock, a sleep, a loop), fix the statement.";
    }

    /** {@code 10m}, {@code 3s}, {@code 500ms}: as the key is written. */
    static String text(Duration d) {
        if (d.toMillis() % 60_000 == 0) {
            return d.toMinutes() + "m";
        }
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}

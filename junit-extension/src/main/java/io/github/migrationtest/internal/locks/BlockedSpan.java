package io.github.migrationtest.internal.locks;

/**
 * One span in which an ordinary read or write of a table waited on the migration's locks, on the server's clock.
 *
 * @param table       qualified name, e.g. {@code public.orders}
 * @param write       true for the ROW EXCLUSIVE probe (a write), false for the ACCESS SHARE probe (a read)
 * @param startMicros server clock (epoch µs) when the first waiting attempt began to wait
 * @param endMicros   server clock when the lock was granted or the last waiting attempt gave up
 */
public record BlockedSpan(String table, boolean write, long startMicros, long endMicros) {

    /** How long the span lasted, in milliseconds. */
    public long millis() {
        return (endMicros - startMicros) / 1_000;
    }
}

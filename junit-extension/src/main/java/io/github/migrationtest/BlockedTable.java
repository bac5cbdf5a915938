package io.github.migrationtest;

import java.time.Duration;

/**
 * How long ordinary reads and writes of one existing table were blocked while a phase ran, as measured by probes
 * (a reader and a writer that kept trying every few milliseconds).
 *
 * @param phase               {@code forward} or {@code back}
 * @param table               qualified name, e.g. {@code public.orders}
 * @param productionRows      the table's rows in production (from {@code @Rows}/{@code rows}, before the scale), -1 unknown
 * @param longestBlockedRead  the longest time a read had to wait
 * @param longestBlockedWrite the longest time a write had to wait
 */
public record BlockedTable(String phase, String table, long productionRows, Duration longestBlockedRead,
                           Duration longestBlockedWrite) {

    /** The longer of the two. */
    public Duration longestBlocked() {
        return longestBlockedRead.compareTo(longestBlockedWrite) >= 0 ? longestBlockedRead : longestBlockedWrite;
    }
}

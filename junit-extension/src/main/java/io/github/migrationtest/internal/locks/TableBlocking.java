package io.github.migrationtest.internal.locks;

import java.time.Duration;

/**
 * What the probes measured for one table.
 *
 * @param longestBlockedRead  longest time an ordinary read (ACCESS SHARE) had to wait
 * @param longestBlockedWrite longest time an ordinary write (ROW EXCLUSIVE) had to wait
 * @param attempts            probe attempts on the table, reads and writes together
 * @param existed             false when the table was never there while the probes ran
 */
public record TableBlocking(String table, Duration longestBlockedRead, Duration longestBlockedWrite, int attempts,
                            boolean existed) {

    public Duration longestBlocked() {
        return longestBlockedRead.compareTo(longestBlockedWrite) >= 0 ? longestBlockedRead : longestBlockedWrite;
    }
}

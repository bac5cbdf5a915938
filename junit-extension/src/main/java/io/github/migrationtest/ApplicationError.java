package io.github.migrationtest;

import java.time.Duration;

/**
 * One kind of failed call: the same SQLSTATE, statement and frame.
 *
 * @param sqlState  e.g. {@code 42703}; {@code -----} for a failure that is no SQL error
 * @param message   the server's message, e.g. {@code column "email" does not exist}
 * @param statement the statement that failed, as the workload sent it
 * @param frame     where in the workload it was sent: {@code ShopRelease14.run (ShopRelease14.java:31)}
 * @param count     how many calls failed so in the phase
 * @param firstAt   when it first happened, counted from the start of the forward run (in phase {@code before}: from
 *                  the start of the workload)
 */
public record ApplicationError(String sqlState, String message, String statement, String frame, long count,
                               Duration firstAt) {
}

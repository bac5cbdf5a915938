package io.github.migrationtest;

import java.time.Duration;
import java.util.List;

/**
 * The application's calls in one phase of a step.
 *
 * @param name   {@code before} (steady state before the forward run), {@code forward} (while it ran), {@code after}
 * @param time   how long the phase lasted (for {@code forward}: the forward run beside the application)
 * @param calls  calls that ended in this phase, failed or not
 * @param failed calls that threw
 * @param p50    median latency of the calls
 * @param p95    95th percentile
 * @param p99    99th percentile
 * @param errors the distinct failures, most frequent first
 */
public record ApplicationPhase(String name, Duration time, long calls, long failed, Duration p50, Duration p95, Duration p99,
                               List<ApplicationError> errors) {

    public ApplicationPhase {
        errors = List.copyOf(errors);
    }

    /** Calls per second in this phase, failed or not. */
    public double callsPerSecond() {
        return time.isZero() ? 0 : calls * 1e9 / time.toNanos();
    }
}

package io.github.migrationtest.internal.locks;

import java.time.Duration;
import java.util.Optional;

/**
 * How the lock checks run around each step, already resolved from configuration.
 *
 * @param policy         thresholds: longest tolerated blocking, table sizes for rule severities, queue wait
 * @param sampleInterval how often the sampler reads {@code pg_locks} during forward and back
 * @param probeInterval  how often each probe tries an ordinary read and write of a touched table
 * @param blocker        a table on which a long reading transaction is held during a rehearsal of each step
 *                       (on a copy), to check that the migration gives up instead of queueing; empty: off
 */
public record LockSettings(LockPolicy policy, Duration sampleInterval, Duration probeInterval, Optional<String> blocker) {

    public static final Duration DEFAULT_SAMPLE_INTERVAL = Duration.ofMillis(5);
    public static final Duration DEFAULT_PROBE_INTERVAL = Duration.ofMillis(10);

    public static final LockSettings DEFAULTS = new LockSettings(LockPolicy.DEFAULTS, DEFAULT_SAMPLE_INTERVAL,
            DEFAULT_PROBE_INTERVAL, Optional.empty());
}

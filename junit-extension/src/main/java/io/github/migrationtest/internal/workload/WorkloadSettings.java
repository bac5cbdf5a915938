package io.github.migrationtest.internal.workload;

import java.time.Duration;

/**
 * How an application's workload runs around a forward run; every wait is bounded.
 *
 * @param threads     threads that call the workload at once (the pool holds as many connections)
 * @param warmupCalls calls every thread completes before the forward run starts (the steady state); at least 6, so
 *                    that each statement passed PgJDBC's server-prepare threshold of 5 executions on its connection
 * @param afterCalls  calls every thread completes after the forward run before the workload stops
 * @param after       the least time the workload keeps running after the forward run
 * @param timeout     the longest the harness waits for the steady state, for the calls after, and for the threads to stop
 * @param maxCalls    calls of all threads together after which the workload stops calling
 * @param pause       pause of each thread between two calls
 */
public record WorkloadSettings(int threads, int warmupCalls, int afterCalls, Duration after, Duration timeout,
                               long maxCalls, Duration pause) {

    /** PgJDBC prepares a statement on the server from its 5th execution on a connection ({@code prepareThreshold}). */
    public static final int PREPARE_THRESHOLD = 5;

    public static final WorkloadSettings DEFAULTS = new WorkloadSettings(4, 10, 3, Duration.ofMillis(500),
            Duration.ofSeconds(60), 1_000_000, Duration.ofMillis(1));

    public WorkloadSettings withThreads(int n) {
        return new WorkloadSettings(n, warmupCalls, afterCalls, after, timeout, maxCalls, pause);
    }
}

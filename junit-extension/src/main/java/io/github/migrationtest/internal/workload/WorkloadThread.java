package io.github.migrationtest.internal.workload;

import io.github.migrationtest.spi.Workload;
import java.sql.Connection;
import java.util.concurrent.locks.LockSupport;

/** One thread of a running workload: calls it again and again, each call with a pooled connection, until stopped. */
final class WorkloadThread implements Runnable {

    private final OldApplicationRun run;
    private final int index;
    private final Workload workload;

    WorkloadThread(OldApplicationRun run, int index, Workload workload) {
        this.run = run;
        this.index = index;
        this.workload = workload;
    }

    @Override
    public void run() {
        long pause = run.settings().pause().toNanos();
        while (run.running()) {
            StatementTracking tracking = new StatementTracking();
            long start = System.nanoTime();
            FailedCall failure = null;
            try (Connection connection = run.pool().getConnection()) {
                workload.run(tracking.wrap(connection));
            } catch (Throwable e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                failure = FailedCall.of(e, tracking.last());
            }
            if (!run.stillRunning()) {
                return;
            }
            run.ended(index, System.nanoTime() - start, failure);
            if (pause > 0) {
                LockSupport.parkNanos(pause);
            }
        }
    }
}

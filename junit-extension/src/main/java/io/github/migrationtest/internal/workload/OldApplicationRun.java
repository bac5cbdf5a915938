package io.github.migrationtest.internal.workload;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.migrationtest.ApplicationReport;
import io.github.migrationtest.spi.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import javax.sql.DataSource;

/**
 * An application's workload running on a database on several threads, phase by phase; the internal API that rehearsals
 * of a step (and of a release) use:
 * <pre>{@code
 * OldApplicationRun run = OldApplicationRun.start(database, code, "old application", settings); // steady state reached
 * run.phase("forward");            // the forward run starts now: errors are timed from here
 * ... migrate ...
 * run.phase("after");
 * run.awaitCalls(settings.afterCalls(), settings.after());
 * ApplicationReport report = run.stop();  // threads stopped, pool closed
 * }</pre>
 * {@link #start} returns once every thread completed {@link WorkloadSettings#warmupCalls()} calls (phase
 * {@code before}); every wait is bounded by {@link WorkloadSettings#timeout()}. The pool's connections come from
 * {@code database}, so they carry its timeouts. The caller owns {@code code} (and closes it).
 */
public final class OldApplicationRun implements AutoCloseable {

    private final HikariDataSource pool;
    private final WorkloadSettings settings;
    private final String application;
    private final String code;
    private final List<PhaseRecord> phases = new ArrayList<>();
    private final AtomicLongArray calls;
    private final AtomicLong issued = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile PhaseRecord current;
    private volatile long forwardStart;
    private volatile boolean running = true;
    private ApplicationReport report;

    private OldApplicationRun(HikariDataSource pool, WorkloadSettings settings, String application, String code) {
        this.pool = pool;
        this.settings = settings;
        this.application = application;
        this.code = code;
        this.calls = new AtomicLongArray(settings.threads());
        this.forwardStart = System.nanoTime();
        phase("before");
    }

    /** @param application how messages name it: {@code old application}, {@code current application} */
    public static OldApplicationRun start(DataSource database, ApplicationCode code, String application,
                                          WorkloadSettings settings) throws WorkloadProblem {
        HikariDataSource pool = pool(database, application, settings);
        OldApplicationRun run = new OldApplicationRun(pool, settings, application, code.name());
        try {
            Workload workload = code.open(pool);
            for (int i = 0; i < settings.threads(); i++) {
                run.thread(i, workload, code.contextLoader());
            }
            run.awaitCalls(settings.warmupCalls(), java.time.Duration.ZERO);
            return run;
        } catch (WorkloadProblem e) {
            run.stop();
            throw e;
        } catch (Exception | LinkageError e) {
            run.stop();
            throw new WorkloadProblem("the " + application + " " + code.name() + " could not be started: " + e, e);
        }
    }

    private static HikariDataSource pool(DataSource database, String application, WorkloadSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(database);
        config.setPoolName("migrationtest-" + application.replace(' ', '-'));
        config.setMaximumPoolSize(settings.threads());
        config.setMinimumIdle(settings.threads());
        config.setConnectionTimeout(Math.max(250, settings.timeout().toMillis()));
        config.setInitializationFailTimeout(Math.max(1, settings.timeout().toMillis()));
        config.setRegisterMbeans(false);
        return new HikariDataSource(config);
    }

    private void thread(int index, Workload workload, ClassLoader contextLoader) {
        Thread t = new Thread(new WorkloadThread(this, index, workload), "migrationtest-" + application.replace(' ', '-') + "-" + index);
        t.setDaemon(true);
        if (contextLoader != null) {
            t.setContextClassLoader(contextLoader);
        }
        threads.add(t);
        t.start();
    }

    /**
     * Starts a phase: calls that end from now on count in it. The first phase after {@code before} (a step's
     * {@code forward}; a release's {@code forward}, or {@code post-deploy} when its first migration is) also sets the
     * clock of {@code firstAt}.
     */
    public void phase(String name) {
        PhaseRecord record = new PhaseRecord(name);
        boolean first = current != null && current.name().equals("before");
        if (current != null) {
            current.end();
        }
        synchronized (phases) {
            phases.add(record);
        }
        if (first) {
            forwardStart = System.nanoTime();
        }
        current = record;
    }

    /**
     * Waits until every thread completed {@code perThread} more calls and at least {@code atLeast} passed, for at most
     * {@link WorkloadSettings#timeout()}; returns early once the workload reached {@link WorkloadSettings#maxCalls()}.
     */
    public void awaitCalls(int perThread, java.time.Duration atLeast) throws WorkloadProblem {
        long[] from = new long[calls.length()];
        for (int i = 0; i < from.length; i++) {
            from[i] = calls.get(i);
        }
        long start = System.nanoTime();
        long deadline = start + settings.timeout().toNanos();
        while (!reached(from, perThread) || System.nanoTime() - start < atLeast.toNanos()) {
            if (issued.get() >= settings.maxCalls()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new WorkloadProblem("the " + application + " " + code + " did not complete " + perThread
                        + " calls on each of its " + calls.length() + " threads within " + settings.timeout().toMillis()
                        + " ms (" + current.name() + " the forward run; calls per thread: " + since(from) + ")", null);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }

    private boolean reached(long[] from, int perThread) {
        for (int i = 0; i < from.length; i++) {
            if (calls.get(i) - from[i] < perThread) {
                return false;
            }
        }
        return true;
    }

    private String since(long[] from) {
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            counts.add(String.valueOf(calls.get(i) - from[i]));
        }
        return String.join(", ", counts);
    }

    /** Stops the threads (bounded), closes the pool and returns what every phase saw; later calls return the same. */
    public synchronized ApplicationReport stop() {
        if (report != null) {
            return report;
        }
        running = false;
        current.end();
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        for (Thread t : threads) {
            join(t, deadline);
        }
        pool.close();
        for (Thread t : threads) {
            join(t, System.nanoTime() + 5_000_000_000L);
        }
        synchronized (phases) {
            report = new ApplicationReport(application, code, settings.threads(), phases.stream().map(PhaseRecord::report).toList());
        }
        return report;
    }

    private static void join(Thread t, long deadline) {
        long left = deadline - System.nanoTime();
        try {
            if (left > 0) {
                t.join(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    boolean running() {
        return running && issued.incrementAndGet() <= settings.maxCalls();
    }

    /** Whether the run was not stopped: a call that ends after the stop (e.g. its connection aborted) is not counted. */
    boolean stillRunning() {
        return running;
    }

    DataSource pool() {
        return pool;
    }

    WorkloadSettings settings() {
        return settings;
    }

    /** Records one ended call of thread {@code index}. */
    void ended(int index, long latencyNanos, FailedCall failure) {
        current.ended(latencyNanos, failure, System.nanoTime() - forwardStart);
        calls.incrementAndGet(index);
    }
}

package io.github.migrationtest.internal.locks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * For each table, one reader and one writer that keep trying to take the locks ordinary traffic takes, on their
 * own connections, so that {@link #stop()} can tell how long reads and writes were blocked. Data is never changed.
 */
public final class BlockingProbes {

    /** How long one attempt waits for its lock before it gives up and a new attempt starts. */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(50);
    private static final long JOIN_MILLIS = 5_000;

    private final List<String> tables;
    private final List<Probe> readers = new ArrayList<>();
    private final List<Probe> writers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    private BlockingProbes(List<String> tables) {
        this.tables = tables;
    }

    /**
     * Starts probing the tables (catalog names, e.g. {@code public.orders}) every {@code interval}; only waits on locks
     * that backends named {@code migrationApplication} (their {@code application_name}) hold or queue count.
     */
    public static BlockingProbes start(DataSource dataSource, Collection<String> tables, Duration interval,
                                       String migrationApplication) {
        BlockingProbes probes = new BlockingProbes(List.copyOf(tables));
        for (String table : probes.tables) {
            probes.readers.add(probes.launch(new Probe(dataSource, table, LockMode.ACCESS_SHARE, interval,
                    ATTEMPT_TIMEOUT, migrationApplication)));
            probes.writers.add(probes.launch(new Probe(dataSource, table, LockMode.ROW_EXCLUSIVE, interval,
                    ATTEMPT_TIMEOUT, migrationApplication)));
        }
        return probes;
    }

    /** Stops every probe (an attempt that waits right now ends within {@link #ATTEMPT_TIMEOUT}) and reports per table. */
    public ProbeReport stop() {
        readers.forEach(Probe::stop);
        writers.forEach(Probe::stop);
        for (Thread t : threads) {
            try {
                t.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (t.isAlive()) {
                throw new IllegalStateException("probe thread " + t.getName() + " did not stop within 5 s");
            }
        }
        List<TableBlocking> report = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Probe reader = readers.get(i);
            Probe writer = writers.get(i);
            failIfBroken(reader);
            failIfBroken(writer);
            report.add(new TableBlocking(tables.get(i), reader.longestBlocked(), writer.longestBlocked(),
                    reader.attempts() + writer.attempts(), reader.tableSeen() || writer.tableSeen()));
        }
        List<ProbeLatency> latencies = new ArrayList<>();
        readers.forEach(p -> latencies.add(p.latency()));
        writers.forEach(p -> latencies.add(p.latency()));
        List<BlockedSpan> spans = new ArrayList<>();
        readers.forEach(p -> spans.addAll(p.spans()));
        writers.forEach(p -> spans.addAll(p.spans()));
        return new ProbeReport(report, ProbeLatency.p99(latencies), spans);
    }

    private Probe launch(Probe probe) {
        Thread thread = new Thread(probe, "migrationtest-probe-" + threads.size());
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
        return probe;
    }

    private static void failIfBroken(Probe probe) {
        if (probe.failure() != null) {
            throw probe.failure();
        }
    }
}

package io.github.migrationtest.internal.locks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.migrationtest.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Blocked reads and writes of the calibration statements at 1M rows, measured by the probes, and the sampler's
 * overhead at 5 ms. Prints one line per figure.
 */
@Tag("benchmark")
class LockBenchmark {

    private static final int ROWS = 1_000_000;
    private final Map<String, TableBlocking> measured = new HashMap<>();
    private long samplerCpu;
    private long samplerWall;
    private long samplerQuery;
    private int samples;

    @Test
    void blockedTimesOfCalibrationStatementsAtOneMillionRows() throws SQLException {
        DataSource db = TestDatabases.fresh();
        TestDatabases.execute(db, "CREATE TABLE parent (id int PRIMARY KEY)",
                "INSERT INTO parent SELECT g FROM generate_series(0, 999) g");
        TestTables.orders(db, "bench", ROWS);

        measure(db, "baseline_no_lock", true, List.of("SELECT count(*) FROM bench"), "SELECT 1");
        measure(db, "create_index", true, List.of("CREATE INDEX bench_status_idx ON bench (status)"),
                "DROP INDEX bench_status_idx");
        measure(db, "create_index_concurrently", false,
                List.of("CREATE INDEX CONCURRENTLY bench_status_idx ON bench (status)"), "DROP INDEX bench_status_idx");
        measure(db, "volatile_default", true,
                List.of("ALTER TABLE bench ADD COLUMN noise float8 DEFAULT random()"),
                "ALTER TABLE bench DROP COLUMN noise");
        measure(db, "type_change", true, List.of("ALTER TABLE bench ALTER COLUMN amount TYPE bigint"), "SELECT 1");
        measure(db, "fk_validating", true, List.of("ALTER TABLE bench ADD CONSTRAINT bench_parent_fk FOREIGN KEY"
                + " (customer_id) REFERENCES parent"), "ALTER TABLE bench DROP CONSTRAINT bench_parent_fk");
        measure(db, "fk_not_valid_then_validate", false, List.of(
                "ALTER TABLE bench ADD CONSTRAINT bench_parent_fk FOREIGN KEY (customer_id) REFERENCES parent"
                        + " NOT VALID",
                "ALTER TABLE bench VALIDATE CONSTRAINT bench_parent_fk"),
                "ALTER TABLE bench DROP CONSTRAINT bench_parent_fk");
        measure(db, "set_not_null", true, List.of("ALTER TABLE bench ALTER COLUMN status SET NOT NULL"),
                "ALTER TABLE bench ALTER COLUMN status DROP NOT NULL");
        measure(db, "check_not_valid_then_set_not_null", false, List.of(
                "ALTER TABLE bench ADD CONSTRAINT bench_status_nn CHECK (status IS NOT NULL) NOT VALID",
                "ALTER TABLE bench VALIDATE CONSTRAINT bench_status_nn",
                "ALTER TABLE bench ALTER COLUMN status SET NOT NULL",
                "ALTER TABLE bench DROP CONSTRAINT bench_status_nn"), "SELECT 1");

        print("locks.sampler_overhead_pct", 100.0 * samplerCpu / samplerWall);
        print("locks.sampler_query_busy_pct", 100.0 * samplerQuery / samplerWall);
        print("locks.sampler_samples", samples);
        assertThat(write("create_index_concurrently")).isLessThan(write("create_index"));
        assertThat(write("fk_not_valid_then_validate")).isLessThan(write("fk_validating"));
        assertThat(write("check_not_valid_then_set_not_null")).isLessThan(write("set_not_null"));
        assertThat(measured.get("type_change").longestBlockedRead()).isGreaterThan(Duration.ofMillis(100));
    }

    private void measure(DataSource db, String name, boolean transactional, List<String> statements, String cleanup)
            throws SQLException {
        LockSampler sampler = LockSampler.start(db, Sessions.MIGRATE, Duration.ofMillis(5));
        BlockingProbes probes = BlockingProbes.start(db, List.of("public.bench"), Duration.ofMillis(10), Sessions.MIGRATE);
        await().atMost(Duration.ofSeconds(10)).until(() -> Sessions.count(db, Probe.APPLICATION_NAME,
                "(query = 'ROLLBACK' OR query LIKE 'DO $probe$%')") == 2);
        try (Connection c = Sessions.open(db, Sessions.MIGRATE); Statement s = c.createStatement()) {
            c.setAutoCommit(!transactional);
            for (String sql : statements) {
                s.execute(sql);
            }
            if (transactional) {
                c.commit();
            }
        }
        TableBlocking bench = probes.stop().table("bench").orElseThrow();
        LockTimeline timeline = sampler.stop();
        measured.put(name, bench);
        samplerCpu += timeline.samplerCpu().toNanos();
        samplerWall += timeline.wall().toNanos();
        samplerQuery += timeline.queryTime().toNanos();
        samples += timeline.samples();
        print("locks.blocked_write_ms." + name, bench.longestBlockedWrite().toNanos() / 1e6);
        print("locks.blocked_read_ms." + name, bench.longestBlockedRead().toNanos() / 1e6);
        print("locks.sampled_longest_hold_ms." + name, timeline.locks().stream()
                .filter(l -> l.granted() && Tables.sameTable(l.relation(), "public.bench"))
                .mapToLong(l -> l.longestRun().toMillis()).max().orElse(0));
        TestDatabases.execute(db, cleanup);
    }

    private Duration write(String name) {
        return measured.get(name).longestBlockedWrite();
    }

    private static void print(String key, double value) {
        System.out.println(key + "=" + String.format(Locale.ROOT, "%.2f", value));
    }
}

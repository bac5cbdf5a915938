package io.github.migrationtest.internal.locks;

import static io.github.migrationtest.testing.TestDatabases.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.migrationtest.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BlockingProbesTest {

    private static final Duration TOLERANCE = Duration.ofMillis(50);
    private static DataSource db;

    @BeforeAll
    static void table() {
        db = TestDatabases.fresh();
        TestTables.orders(db, "orders", 1_000);
    }

    @Test
    void measuresBlockedWritesWhileShareLockIsHeldButReadsGoOn() throws Exception {
        // GIVEN probes on orders
        BlockingProbes probes = BlockingProbes.start(db, List.of("public.orders"), Duration.ofMillis(10), "holder");
        // WHEN another session holds SHARE (what CREATE INDEX takes) for a known time, slept in the server
        Sessions.hold(db, "LOCK TABLE orders IN SHARE MODE", 0.4);
        ProbeReport report = probes.stop();

        // THEN writes were blocked at least as long as the server slept under the lock, reads were not
        TableBlocking orders = report.table("orders").orElseThrow();
        assertThat(orders.longestBlockedWrite()).as("at least the 0.4 s slept in the server").isGreaterThanOrEqualTo(Duration.ofMillis(400));
        // reads are not blocked at all: SHARE does not conflict with ACCESS SHARE, so their NOWAIT never fails
        assertThat(orders.longestBlockedRead()).isZero();
        assertThat(orders.attempts()).isGreaterThan(10);
        assertThat(orders.existed()).isTrue();
        assertThat(count("SELECT count(*) FROM orders")).isEqualTo(1_000);
    }

    @Test
    void waitsBehindASessionThatIsNotTheMigrationDoNotCount() throws Exception {
        // GIVEN probes that judge the backends named "migration", and a session of another name holding SHARE
        BlockingProbes probes = BlockingProbes.start(db, List.of("public.orders"), Duration.ofMillis(10), "migration");
        try (Connection other = Sessions.open(db, "report"); Statement s = other.createStatement()) {
            s.execute("LOCK TABLE orders IN SHARE MODE");
            Sessions.awaitLockWait(db, Probe.APPLICATION_NAME);
            s.execute("SELECT pg_sleep(0.2)");
            other.commit();
        }
        ProbeReport report = probes.stop();

        // THEN the writes waited, but not on the migration: nothing is counted
        assertThat(report.table("orders").orElseThrow().longestBlocked()).isZero();
        assertThat(report.latencyP99()).isPositive();
    }

    @Test
    void stopsPromptlyWhileBlockedAndClosesItsConnections() throws Exception {
        // GIVEN a session holding ACCESS EXCLUSIVE and both probes waiting for it
        try (Connection holder = Sessions.open(db, "holder"); Statement s = holder.createStatement()) {
            s.execute("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE");
            BlockingProbes probes = BlockingProbes.start(db, List.of("public.orders"), Duration.ofMillis(10), "holder");
            Sessions.awaitLockWaits(db, Probe.APPLICATION_NAME, 2);

            // WHEN
            long start = System.nanoTime();
            ProbeReport report = probes.stop();
            Duration stopping = Duration.ofNanos(System.nanoTime() - start);

            // THEN the open blocked spans count, and no probe connection is left
            assertThat(stopping).isLessThan(Duration.ofSeconds(1));
            assertThat(report.table("public.orders").orElseThrow().longestBlockedRead()).isPositive();
            assertThat(report.table("public.orders").orElseThrow().longestBlockedWrite()).isPositive();
            assertThat(Sessions.count(db, Probe.APPLICATION_NAME, "true")).isZero();
            holder.rollback();
        }
    }

    @Test
    void measuresBlockedReadsOfAMaterializedViewWhichLockTableRefusesAndProbesNoWritesToIt() throws Exception {
        // GIVEN probes on a materialized view (LOCK TABLE fails there: "This operation is not supported for materialized views")
        execute(db, "CREATE MATERIALIZED VIEW order_totals AS SELECT count(*) AS n FROM orders");
        BlockingProbes probes = BlockingProbes.start(db, List.of("public.order_totals"), Duration.ofMillis(10), "holder");
        // WHEN another session refreshes it (ACCESS EXCLUSIVE) and keeps its transaction open for a known time
        Sessions.hold(db, "REFRESH MATERIALIZED VIEW order_totals", 0.4);
        ProbeReport report = probes.stop();

        // THEN reads were blocked at least as long as the server slept under the refresh's lock; nothing writes to a materialized view
        TableBlocking totals = report.table("order_totals").orElseThrow();
        assertThat(totals.longestBlockedRead()).as("at least the 0.4 s slept in the server").isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(totals.longestBlockedWrite()).isZero();
        assertThat(totals.attempts()).as("reads only, each waiting up to 50 ms").isGreaterThan(3);
        assertThat(totals.existed()).isTrue();
    }

    @Test
    void keepsProbingATableThatIsReplacedByAMaterializedViewOfTheSameName() throws Exception {
        // GIVEN probes on a table, both running
        TestTables.orders(db, "swapped", 10);
        BlockingProbes probes = BlockingProbes.start(db, List.of("public.swapped"), Duration.ofMillis(10), "holder");
        await().atMost(Duration.ofSeconds(10)).until(() -> Sessions.count(db, Probe.APPLICATION_NAME, "true") == 2);
        // WHEN a migration drops it and creates a materialized view under its name
        try (Connection holder = Sessions.open(db, "holder"); Statement s = holder.createStatement()) {
            s.execute("DROP TABLE swapped");
            s.execute("CREATE MATERIALIZED VIEW swapped AS SELECT 1 AS n");
            s.execute("SELECT pg_sleep(0.2)");
            holder.commit();
        }
        // a read attempt on the materialized view has completed: the reader switched to reading it once LOCK TABLE was refused
        await().atMost(Duration.ofSeconds(10)).until(() -> Sessions.count(db, Probe.APPLICATION_NAME,
                "state = 'idle' AND query LIKE '%PERFORM FROM %swapped%'") == 1);
        // THEN the reader reads the materialized view from then on, and stopping reports instead of failing
        TableBlocking swapped = probes.stop().table("swapped").orElseThrow();
        assertThat(swapped.longestBlockedRead()).isGreaterThanOrEqualTo(Duration.ofMillis(200).minus(TOLERANCE));
        assertThat(swapped.existed()).isTrue();
    }

    /** A quick script stops the probes during their first attempt; a write probe on a materialized view then ends quietly. */
    @Test
    void writeProbeOnAMaterializedViewStoppedDuringItsFirstAttemptEndsWithoutFailure() throws Exception {
        execute(db, "CREATE MATERIALIZED VIEW order_count AS SELECT count(*) AS n FROM orders");
        Probe probe = new Probe(db, "public.order_count", LockMode.ROW_EXCLUSIVE, Duration.ofMillis(10), Duration.ofMillis(50), "holder");

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            probe.stop();
            probe.attempt(c, s, System.nanoTime());
        }

        assertThat(probe.attempts()).isZero();
        assertThat(probe.failure()).isNull();
    }

    @Test
    void skipsTablesThatDoNotExist() {
        BlockingProbes probes = BlockingProbes.start(db, List.of("public.created_later"), Duration.ofMillis(10), "holder");
        await().atMost(Duration.ofSeconds(10)).until(() -> Sessions.count(db, Probe.APPLICATION_NAME,
                "(query = 'ROLLBACK' OR query LIKE 'DO $probe$%')") == 2);
        ProbeReport report = probes.stop();

        assertThat(report.table("created_later")).get()
                .isEqualTo(new TableBlocking("public.created_later", Duration.ZERO, Duration.ZERO, 0, false));
    }

    private static long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

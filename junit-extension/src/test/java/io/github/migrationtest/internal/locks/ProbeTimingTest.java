package io.github.migrationtest.internal.locks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.migrationtest.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a probe measures does not depend on when its thread gets to run: a probe that first waits late (a starved
 * machine) still counts the wait from the statement that holds the lock, and a lock the migration only queues behind
 * the probes themselves (a probe descheduled while it holds its brief lock) is not the migration's blocking, and a
 * probe stopped before its thread first ran still makes its one attempt.
 */
class ProbeTimingTest {

    private static DataSource db;

    @BeforeAll
    static void table() {
        db = TestDatabases.fresh();
        TestTables.orders(db, "orders", 100);
    }

    @Test
    void aProbeThatStartsLateCountsTheWaitFromTheStatementThatHoldsTheLock() throws Exception {
        // GIVEN a session holding ACCESS EXCLUSIVE on orders while the server sleeps 0.6 s
        try (Connection holder = Sessions.open(db, "holder"); Statement s = holder.createStatement()) {
            s.execute("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE");
            CompletableFuture<Void> sleep = CompletableFuture.runAsync(() -> run(s, "SELECT pg_sleep(0.6)"));
            // WHEN the probes start only 0.3 s into the sleep, as a starved probe thread would
            await().atMost(Duration.ofSeconds(10)).until(() -> Sessions.count(db, "holder",
                    "query = 'SELECT pg_sleep(0.6)' AND clock_timestamp() - query_start >= interval '300 milliseconds'") == 1);
            BlockingProbes probes = BlockingProbes.start(db, List.of("public.orders"), Duration.ofMillis(10), "holder");
            sleep.get();
            holder.commit();
            TableBlocking orders = probes.stop().table("orders").orElseThrow();

            // THEN both waited at least the whole server-side sleep, not only the part the probes saw
            assertThat(orders.longestBlockedRead()).isGreaterThanOrEqualTo(Duration.ofMillis(600));
            assertThat(orders.longestBlockedWrite()).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        }
    }

    @Test
    void aLockTheMigrationQueuesOnlyBehindAProbeIsNotTheMigrationsBlocking() throws Exception {
        // GIVEN a session named like the probes holding ROW EXCLUSIVE, and the migration queued behind it for ACCESS EXCLUSIVE
        try (Connection probeLike = Sessions.open(db, Probe.APPLICATION_NAME); Statement p = probeLike.createStatement();
             Connection migration = Sessions.open(db, "migration"); Statement m = migration.createStatement()) {
            migration.setAutoCommit(true);
            p.execute("LOCK TABLE orders IN ROW EXCLUSIVE MODE");
            CompletableFuture<Void> migrate = CompletableFuture.runAsync(() -> run(m,
                    "DO $$ BEGIN LOCK TABLE orders IN ACCESS EXCLUSIVE MODE; END $$"));
            Sessions.awaitLockWait(db, "migration");
            // WHEN the probes queue behind the migration's queued lock for 0.3 s of the probe-like session's sleep
            BlockingProbes probes = BlockingProbes.start(db, List.of("public.orders"), Duration.ofMillis(10), "migration");
            Sessions.awaitLockWaits(db, Probe.APPLICATION_NAME, 2);
            p.execute("SELECT pg_sleep(0.3)");
            probeLike.commit();
            migrate.get();
            ProbeReport report = probes.stop();

            // THEN that wait is the probes' own: nothing is counted against the migration
            assertThat(report.table("orders").orElseThrow().longestBlocked()).isZero();
            assertThat(report.table("orders").orElseThrow().attempts()).isPositive();
        }
    }

    @Test
    void aProbeStoppedBeforeItsThreadFirstRanStillTellsTheTableExists() {
        // GIVEN a probe asked to stop before it ran, as a quick step on a starved machine does
        Probe probe = new Probe(db, "public.orders", LockMode.ACCESS_SHARE, Duration.ofMillis(10), Duration.ofMillis(50), "holder");
        probe.stop();

        // WHEN its thread gets to run
        probe.run();

        // THEN it made its one attempt: the table is listed among the blocked tables, with nothing blocked
        assertThat(probe.failure()).isNull();
        assertThat(probe.tableSeen()).isTrue();
        assertThat(probe.attempts()).isEqualTo(1);
        assertThat(probe.longestBlocked()).isZero();
    }

    private static void run(Statement s, String sql) {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

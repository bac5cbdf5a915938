package io.github.migrationtest.internal.locks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.migrationtest.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LockQueueCheckTest {

    private static DataSource db;

    @BeforeAll
    static void table() {
        db = TestDatabases.fresh();
        TestTables.orders(db, "orders", 1_000);
    }

    @Test
    void passesWhenTheMigrationGivesUpWithinItsOwnLockTimeout() {
        // GIVEN a reporting transaction on orders, WHEN a migration with lock_timeout 300ms alters orders
        Outcome outcome = migrateBehindBlocker("300ms");

        // THEN it waited, gave up, and the probes queued behind it meanwhile
        QueueVerdict verdict = outcome.verdict(LockPolicy.DEFAULTS);
        assertThat(verdict.passed()).as(verdict.message()).isTrue();
        assertThat(verdict.gaveUp()).isTrue();
        assertThat(verdict.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(verdict.readsQueued()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        ObservedLock wait = outcome.timeline.waited("public.orders", LockMode.ACCESS_EXCLUSIVE).orElseThrow();
        assertThat(wait.blockedBy()).containsExactly(outcome.blockerPid);
        assertThat(wait.waiters()).isNotEmpty();
        assertThat(verdict.message()).matches("The migration waited \\d+ ms behind a transaction holding ACCESS SHARE"
                + " on public.orders \\(backend " + outcome.blockerPid + "\\); meanwhile reads of public.orders queued"
                + " \\d+ ms and writes \\d+ ms behind it, then it gave up \\(lock_timeout\\)\\.");
    }

    @Test
    void failsWhenTheMigrationQueuesLongerThanAllowed() {
        Outcome outcome = migrateBehindBlocker("600ms");

        QueueVerdict verdict = outcome.verdict(LockPolicy.DEFAULTS.withMaxQueueWait(Duration.ofMillis(300)));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).matches("(?s)The migration waited \\d+ ms behind a transaction holding ACCESS"
                + " SHARE on public.orders \\(backend \\d+\\); meanwhile reads of public.orders queued \\d+ ms and"
                + " writes \\d+ ms behind it\\.\nExpecting it to give up within 300 ms, but its lock_timeout fired"
                + " only after \\d+ ms\\.\n  Start the migration with SET lock_timeout = '300ms'; \\(or less\\) and"
                + " retry the deploy when it gives up\\.");
    }

    private static Outcome migrateBehindBlocker(String lockTimeout) {
        try (Blocker blocker = LockQueueCheck.hold(db, "public.orders")) {
            LockSampler sampler = LockSampler.start(db, Sessions.MIGRATE, Duration.ofMillis(5));
            BlockingProbes probes = BlockingProbes.start(db, List.of("public.orders"), Duration.ofMillis(10), Sessions.MIGRATE);
            Throwable failure = catchThrowable(() -> {
                try (Connection c = Sessions.open(db, Sessions.MIGRATE); Statement s = c.createStatement()) {
                    s.execute("SET lock_timeout = '" + lockTimeout + "'");
                    s.execute("ALTER TABLE orders ADD COLUMN flag int");
                    c.commit();
                }
            });
            ProbeReport report = probes.stop();
            return new Outcome(blocker, sampler.stop(), report, failure, blocker.pid());
        }
    }

    private record Outcome(Blocker blocker, LockTimeline timeline, ProbeReport probes, Throwable failure,
                           int blockerPid) {
        QueueVerdict verdict(LockPolicy policy) {
            return LockQueueCheck.judge(blocker, timeline, probes, failure, policy);
        }
    }
}

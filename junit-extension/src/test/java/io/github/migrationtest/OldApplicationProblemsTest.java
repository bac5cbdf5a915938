package io.github.migrationtest;

import static io.github.migrationtest.OldApplicationTest.HISTORIES;
import static io.github.migrationtest.OldApplicationTest.REPLAY;
import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Template.N;
import static io.github.migrationtest.testing.Template.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.spi.Workload;
import io.github.migrationtest.testing.Release1;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A misdeclared, slow or lock-holding old application fails with what to change, and never hangs the build. */
class OldApplicationProblemsTest {

    @Test
    void twoFormsOfOldApplicationAreRejectedUpFront() {
        assertThat(message(run(TwoForms.class), "TwoForms")).hasValue("@MigrationTest @OldApplication on TwoForms"
                + " needs exactly one of workload (a Workload class), statements (a SQL file) or jar (with jarWorkload), but has 2.");
    }

    @Test
    void warmupBelowThePrepareThresholdIsRejectedNamingTheKey() {
        assertThat(message(run(Sleeper.class, Map.of("migrationtest.old-application.warmup-calls", "3")), "Sleeper")).hasValue(
                "@MigrationTest migrationtest.old-application.warmup-calls must be a whole"
                + " number from 6 to 100000 (past PgJDBC's server-prepare threshold of 5), but is \"3\".");
    }

    @Test
    void workloadThatCannotReachItsSteadyStateInTimeFailsTheStepWithoutHanging() {
        String message = message(run(Sleeper.class, Map.of("migrationtest.old-application.timeout", "1s",
                "migrationtest.old-application.warmup-calls", "6")), "V2 add nickname").orElseThrow();

        assertMatches(message, "V2 add nickname: OLD_APPLICATION not judged: the old application SlowPage did not complete 6 calls"
                + " on each of its 2 threads within 1000 ms (before the forward run; calls per thread: " + N + ", " + N + ")."
                + " Make every call of the workload end within migrationtest.old-application.timeout, or raise it." + REPLAY);
    }

    @Test
    void oldApplicationHoldingLocksTheMigrationNeedsFailsTheForwardRunBesideIt() {
        String message = message(run(Locker.class, Map.of("migrationtest.timeout.lock", "200ms",
                "migrationtest.old-application.warmup-calls", "6")), "V2 add nickname").orElseThrow();

        assertThat(message).isEqualTo("V2 add nickname: with the old application running, the forward run failed at line 1:"
                + " SQLSTATE 55P03 canceling statement due to lock timeout (in: ALTER TABLE customers ADD COLUMN nickname text)."
                + " Without it, the forward run passed: the application's transactions hold locks or rows the migration needs."
                + " Start the script with SET lock_timeout and retry the deploy when it gives up, and keep the application's"
                + " transactions short." + REPLAY);
    }

    /** A page that takes 300 ms of database time. */
    public static class SlowPage implements Workload {
        @Override
        public void run(Connection connection) throws Exception {
            try (Statement s = connection.createStatement()) {
                s.execute("select pg_sleep(0.3)");
            }
        }
    }

    /** A report that reads customers in a transaction of 400 ms. */
    public static class LongReport implements Workload {
        @Override
        public void run(Connection connection) throws Exception {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("lock table customers in access share mode");
                s.execute("select pg_sleep(0.4)");
            }
            connection.commit();
        }
    }

    @MigrationTest(locations = HISTORIES + "additive/migration", undoLocations = HISTORIES + "additive/undo", seedAt = "1", rows = 20)
    @OldApplication(workload = Release1.class, statements = HISTORIES + "queries.sql")
    static class TwoForms {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "additive/migration", undoLocations = HISTORIES + "additive/undo", seedAt = "1", rows = 20)
    @OldApplication(workload = SlowPage.class, threads = 2)
    static class Sleeper {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "additive/migration", undoLocations = HISTORIES + "additive/undo", seedAt = "1", rows = 20)
    @OldApplication(workload = LongReport.class, threads = 2)
    static class Locker {
        @EachMigration
        void step(MigrationStep step) {
        }
    }
}

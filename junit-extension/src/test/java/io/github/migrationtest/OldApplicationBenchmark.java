package io.github.migrationtest;

import static io.github.migrationtest.OldApplicationTest.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.EngineRuns;
import io.github.migrationtest.testing.Release1;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the old application costs a step: the forward run of a backfill of 200,000 rows with and without 8 workload
 * threads beside it, and the calls per second the workload sustains. One line per figure. Run with
 * {@code -DexcludedTags= -Dgroups=benchmark -Dtest=OldApplicationBenchmark}.
 */
@Tag("benchmark")
class OldApplicationBenchmark {

    private static MigrationStep step;

    @Test
    void printsForwardTimeWithAndWithoutEightThreadsAndCallsPerSecond() {
        // the backfill under ACCESS EXCLUSIVE breaks the lock checks, which are not what is measured here
        EngineRuns.run(Backfill.class, Map.of("migrationtest.checks.off", "BLOCKING,LOCK_RULES")).testEvents().assertStatistics(s -> s.failed(0));
        ApplicationReport report = step.oldApplication().orElseThrow();
        ApplicationPhase forward = report.phase("forward").orElseThrow();
        ApplicationPhase after = report.phase("after").orElseThrow();
        assertThat(forward.calls()).isPositive();

        print("forward run without the old application (Flyway, 200,000 rows backfilled)", step.forwardTime().toMillis() + " ms");
        print("forward run with the old application on 8 threads", forward.time().toMillis() + " ms");
        print("old application calls/s during the forward run (8 threads)", String.format(Locale.ROOT, "%.0f", forward.callsPerSecond()));
        print("old application calls/s after the forward run (8 threads)", String.format(Locale.ROOT, "%.0f", after.callsPerSecond()));
        print("old application p99 during the forward run", forward.p99().toMillis() + " ms");
    }

    private static void print(String figure, String value) {
        System.err.println("BENCHMARK " + figure + ": " + value);
    }

    @MigrationTest(locations = HISTORIES + "backfill/migration", undoLocations = HISTORIES + "backfill/undo", seedAt = "1",
            rows = 200_000)
    @OldApplication(workload = Release1.class, threads = 8)
    static class Backfill {
        @EachMigration
        void step(MigrationStep step) {
            OldApplicationBenchmark.step = step;
        }
    }
}

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
 * What the old application costs a release: its forward and back time (a backfill of 200,000 rows and its down script)
 * in the real run, without the application, and on the copy with 8 workload threads beside it, and the calls per
 * second the workload sustains. The calls on the release before the down scripts are cut to one per thread, so the
 * {@code forward} phase is the forward script and that one call. One line per figure. Run with
 * {@code -DexcludedTags= -Dgroups=benchmark -Dtest=ReleaseOldApplicationBenchmark}.
 */
@Tag("benchmark")
class ReleaseOldApplicationBenchmark {

    private static ReleaseStep release;

    @Test
    void printsForwardAndBackTimeWithAndWithoutEightThreads() {
        EngineRuns.run(Backfill.class, Map.of("migrationtest.old-application.after-calls", "1",
                "migrationtest.old-application.after", "0ms")).testEvents().assertStatistics(s -> s.failed(0));
        ApplicationReport report = release.oldApplication().orElseThrow();
        ApplicationPhase forward = report.phase("forward").orElseThrow();
        ApplicationPhase back = report.phase("back").orElseThrow();
        assertThat(forward.calls()).isPositive();

        print("release forward without the old application (Flyway, 200,000 rows backfilled)", release.forwardTime().toMillis() + " ms");
        print("release back without the old application (down script)", release.backTime().orElseThrow().toMillis() + " ms");
        print("release forward with the old application on 8 threads (and one call each after)", forward.time().toMillis() + " ms");
        print("release back with the old application on 8 threads", back.time().toMillis() + " ms");
        print("old application calls/s during forward (8 threads)", String.format(Locale.ROOT, "%.0f", forward.callsPerSecond()));
        print("old application calls/s during back (8 threads)", String.format(Locale.ROOT, "%.0f", back.callsPerSecond()));
    }

    private static void print(String figure, String value) {
        System.err.println("BENCHMARK " + figure + ": " + value);
    }

    @MigrationTest(locations = HISTORIES + "backfill/migration", undoLocations = HISTORIES + "backfill/undo", seedAt = "1",
            rows = 200_000, releases = {"2"})
    @OldApplication(workload = Release1.class, threads = 8)
    static class Backfill {
        @EachRelease
        void release(ReleaseStep release) {
            ReleaseOldApplicationBenchmark.release = release;
        }
    }
}

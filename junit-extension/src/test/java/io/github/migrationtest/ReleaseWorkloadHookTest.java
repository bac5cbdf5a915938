package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.junit.ReleaseExtension;
import io.github.migrationtest.internal.release.ReleaseWorkload;
import io.github.migrationtest.testing.Histories;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The old-application hook of releases starts right before forward and back, on the release's database, and stops right after. */
class ReleaseWorkloadHookTest {

    @TempDir
    Path dir;

    @Test
    void connectedWorkloadRunsAroundForwardAndBackOnTheReleaseDatabase() throws Exception {
        // GIVEN a workload connected with ReleaseExtension.runWith that records, at each start, the phase and the schema
        //       version it finds, and each stop
        Map<String, String> configuration = Histories.write(dir, ReleasesTest.reorderingHistory());
        RecordingWorkload.events.clear();

        // WHEN release 1 (V1) and the failing release 3 (V2 to V3) are rehearsed
        EngineExecutionResults results = run(HookedReleases.class, configuration);

        // THEN it ran forward from the previous release's version and back from the release's, stopping after each phase,
        //      also when the down scripts failed
        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        assertThat(RecordingWorkload.events).containsExactly(
                "start FORWARD of release 1 (V1) at (none)", "stop", "start BACK of release 1 (V1) at 1", "stop",
                "start FORWARD of release 3 (V2 to V3) at 1", "stop", "start BACK of release 3 (V2 to V3) at 3", "stop");
    }

    /** Connects itself to the release hook, as the workload runner will. */
    static final class RecordingWorkload implements ReleaseWorkload, BeforeAllCallback {
        static final List<String> events = new ArrayList<>();

        @Override
        public void beforeAll(ExtensionContext context) {
            ReleaseExtension.runWith(context, this);
        }

        @Override
        public Running start(Phase phase, ReleaseStep release, javax.sql.DataSource database) throws SQLException {
            try (Connection c = database.getConnection();
                 ResultSet version = c.createStatement().executeQuery("SELECT max(version) FROM flyway_schema_history WHERE success")) {
                version.next();
                events.add("start " + phase + " of " + release.displayName() + " at " + version.getString(1));
            } catch (SQLException noHistoryTableYet) {
                events.add("start " + phase + " of " + release.displayName() + " at (none)");
            }
            return () -> {
                events.add("stop");
                return List.of();
            };
        }
    }

    @MigrationTest(releases = {"1", "3"})
    @ExtendWith(RecordingWorkload.class)
    static class HookedReleases {
        @EachRelease
        void release(ReleaseStep release) {
        }
    }
}

package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectIteration;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.github.migrationtest.testing.ConsoleCapture;
import io.github.migrationtest.testing.SeededHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Tables created after the seed point and left empty are seeded before the next step, the same way however the step is reached. */
class TopUpTest {

    @TempDir
    Path dir;

    @Test
    void tableCreatedAfterTheSeedPointIsSeededBeforeTheNextStep() throws Exception {
        // GIVEN seedAt = 2 and a V3 that creates audit_log, which V4 then counts
        Map<String, String> configuration = configuration();

        // WHEN every step is rehearsed
        ConsoleCapture.Captured<EngineExecutionResults> run = ConsoleCapture.of(() -> run(AuditSteps.class, configuration));

        // THEN audit_log was seeded with the default volume after V3, and V4's step saw those rows
        run.result().testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
        long seed = 5 * 1_000_003L + "3".hashCode();
        assertThat(run.lines()).contains("[migrationtest] Top-up after V3 create audit log: seeded 40 rows into audit_log"
                + " (created after the seed point, still empty; seed " + seed + ")");
        assertThat(Files.readString(SeededHistory.sawFile(dir))).startsWith("40 ");
    }

    @Test
    void rehearsingOneStepAloneSeesTheSameTopUpAsTheWholeHistory() throws Exception {
        // GIVEN the data V4 saw when the whole history was rehearsed
        Map<String, String> configuration = configuration();
        run(AuditSteps.class, configuration);
        String wholeHistory = Files.readString(SeededHistory.sawFile(dir));

        // WHEN only V4's invocation runs (V3 is applied on the way, not rehearsed)
        Files.delete(SeededHistory.sawFile(dir));
        EngineExecutionResults alone = EngineTestKit.engine("junit-jupiter").configurationParameters(configuration)
                .configurationParameter("migrationtest.database", "embedded")
                .selectors(selectIteration(selectMethod(AuditSteps.class, "step", MigrationStep.class.getName()), 1)).execute();

        // THEN V4 saw exactly the same rows
        alone.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertThat(Files.readString(SeededHistory.sawFile(dir))).isEqualTo(wholeHistory);
    }

    @Test
    void valuesForATableCreatedAfterTheSeedPointFillItsTopUp() throws Exception {
        // GIVEN @Values for audit_log.note, a table that only V3 (after the seed point) creates
        Map<String, String> configuration = configuration();

        // WHEN every step is rehearsed
        ConsoleCapture.Captured<EngineExecutionResults> run = ConsoleCapture.of(() -> run(AuditNotes.class, configuration));

        // THEN the seed point says the override waits for its table, and V4 meets audit_log filled with it
        run.result().testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
        assertThat(run.lines()).contains("[migrationtest] @Values for audit_log.note wait for their tables, which the seed point"
                + " does not have: they are used when a later migration creates them (top-up)");
        assertThat(AuditNotes.notes).containsExactly("40 40 note 1");
    }

    private Map<String, String> configuration() throws Exception {
        Map<String, String> configuration = new HashMap<>(SeededHistory.write(dir));
        configuration.put("migrationtest.seed-cache", "false");
        configuration.put("migrationtest.report.directory", dir.resolve("reports").toString());
        return configuration;
    }

    @MigrationTest(seedAt = "2", rows = 40, seed = 5)
    @Values(column = "audit_log.note", sql = "'note ' || n")
    static class AuditNotes {
        static final List<String> notes = new java.util.ArrayList<>();

        @EachMigration
        void step(MigrationStep step) throws java.sql.SQLException {
            if (step.version().equals("4")) {
                try (java.sql.Connection c = step.database().orElseThrow().getConnection(); java.sql.Statement s = c.createStatement();
                     java.sql.ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT note), min(note) FILTER (WHERE note LIKE 'note %')"
                             + " FROM (SELECT note FROM audit_log ORDER BY id) a WHERE note = 'note 1' OR note LIKE 'note %'")) {
                    rs.next();
                    notes.add(rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3));
                }
            }
        }
    }

    @MigrationTest(seedAt = "2", rows = 40, seed = 5)
    static class AuditSteps {

        @EachMigration
        void step(MigrationStep step) {
            assertThat(List.of("3", "4")).contains(step.version());
        }
    }
}

package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.Histories;
import io.github.migrationtest.internal.JsonReader;
import io.github.migrationtest.testing.SchemaCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the three reports of one class hold, from one JSON tree: the run's verdict and counts, where and on what it ran,
 * and per step the lock timeline, blocked time against the threshold, and the scripts with the failing line marked.
 */
class ReportContentsTest {

    @TempDir
    static Path root;
    static Map<String, Object> json;
    static String html;
    static String markdown;

    /**
     * orders has a million rows in production, 2,000 seeded (scale 0.002). V2 passes, V3 holds ACCESS EXCLUSIVE on orders
     * for 400 ms (BLOCKING fails), V4 fails forward at line 2.
     */
    @BeforeAll
    static void runTheClass() throws IOException {
        Map<String, String> scripts = new LinkedHashMap<>();
        scripts.put("V1__create_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10,2) NOT NULL);\n");
        scripts.put("U1__create_orders.sql", "DROP TABLE orders;\n");
        scripts.put("V2__add_note.sql", "ALTER TABLE orders ADD COLUMN note text;\n");
        scripts.put("U2__add_note.sql", "ALTER TABLE orders DROP COLUMN note;\n");
        scripts.put("V3__hold_orders.sql", "SET lock_timeout = '2s';\nLOCK TABLE orders IN ACCESS EXCLUSIVE MODE;\nSELECT pg_sleep(0.4);\n");
        scripts.put("U3__hold_orders.sql", "SELECT 1;\n");
        scripts.put("V4__broken.sql", "ALTER TABLE orders ADD COLUMN flag boolean;\nALTER TABLE orders ADD COLUMN flag boolean;\n");
        scripts.put("U4__broken.sql", "ALTER TABLE orders DROP COLUMN flag;\n");
        Map<String, String> configuration = Histories.write(root, scripts);
        configuration.put("migrationtest.seed-at", "1");
        configuration.put("migrationtest.scale", "0.002");
        run(Reported.class, configuration).testEvents().assertStatistics(s -> s.succeeded(1).failed(2));
        Path dir = root.resolve("reports").resolve("Reported");
        json = map(JsonReader.read(Files.readString(dir.resolve("report.json"))));
        html = Files.readString(dir.resolve("report.html"));
        markdown = Files.readString(dir.resolve("report.md"));
    }

    @Test
    void jsonNamesFormatVerdictCountsTimeCommitServerAndVolumes() {
        assertThat(json).containsEntry("formatVersion", 1L).containsEntry("verdict", "NO-GO")
                .containsEntry("counts", Map.of("PASSED", 1L, "FAILED", 2L, "ABORTED", 0L))
                .containsEntry("seed", 42L).containsEntry("scale", 0.002);
        assertThat((String) json.get("generatedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat((String) json.get("server")).startsWith("embedded PostgreSQL 17.");
        assertThat((String) map(json.get("git")).get("commit")).matches("[0-9a-f]{40}");
        assertThat(json.get("volumes")).isEqualTo(List.of(Map.of("table", "public.orders", "rows", 2000L, "productionRows", 1_000_000L)));
        assertThat(steps()).extracting(s -> s.get("displayName") + " " + s.get("outcome") + " " + s.get("decidedBy"))
                .containsExactly("V2 add note PASSED []", "V3 hold orders FAILED [BLOCKING, LOCK_RULES]", "V4 broken FAILED [FORWARD]");
    }

    @Test
    void jsonFollowsTheDocumentedSchema() throws IOException {
        Map<String, Object> schema = map(JsonReader.read(Files.readString(Path.of("..", "docs", "report-schema.json"))));
        assertThat(SchemaCheck.problems(json, schema)).isEmpty();
    }

    @Test
    void lockTimelineShowsTheHeldLockAndTheBlockedProbesOnOneAxis() {
        Map<String, Object> forward = map(list(steps().get(1).get("lockTimeline")).get(0));
        assertThat(forward).containsEntry("phase", "forward");
        Map<String, Object> held = list(forward.get("locks")).stream().map(ReportContentsTest::map)
                .filter(l -> l.get("mode").equals("ACCESS EXCLUSIVE")).findFirst().orElseThrow();
        assertThat(held).containsEntry("relation", "public.orders").containsEntry("granted", true);
        long from = (Long) held.get("fromMs");
        long to = (Long) held.get("toMs");
        assertThat(to - from).as("the lock was seen for most of the 400 ms sleep").isGreaterThanOrEqualTo(300);
        List<Map<String, Object>> blocked = list(forward.get("blocked")).stream().map(ReportContentsTest::map).toList();
        assertThat(blocked).isNotEmpty().allSatisfy(b -> {
            assertThat(b.get("table")).isEqualTo("public.orders");
            // a blocked span starts where the server says the lock was held, which a starved sampler may see only later
            assertThat((Long) b.get("fromMs")).as("a probe waits only while the lock is held").isLessThan(to);
        });
        assertThat(blocked).as("at least the 400 ms the server slept under the lock")
                .anyMatch(b -> (Long) b.get("toMs") - (Long) b.get("fromMs") >= 400);
        assertThat(list(forward.get("locks"))).noneMatch(l -> map(l).get("relation").toString().contains("flyway_schema_history"));
    }

    @Test
    void htmlShowsTheVerdictTheStepsTheTimelineTheThresholdAndTheFailedLine() {
        assertThat(html).contains("<span id=\"verdict\" class=\"NO-GO\">NO-GO</span> <span id=\"counts\">1 passed, 2 failed, 0 aborted</span>",
                "<tr class=\"step\"><td><a href=\"#step-3\">V3 hold orders</a></td><td class=\"FAILED\">FAILED: BLOCKING, LOCK_RULES</td><td>BLOCKING, LOCK_RULES</td>",
                "<section id=\"step-3\" class=\"step-section\">", "<text x=\"0\" y=\"15\">public.orders ACCESS EXCLUSIVE</text><rect class=\"lock held\"",
                "reads of public.orders blocked</text><rect class=\"blocked-read\"", "<title>threshold 100 ms</title>",
                "— failed at line 2</summary>", "<tr class=\"failed-line\"><td class=\"n\">2</td><td>ALTER TABLE orders ADD COLUMN flag boolean;</td></tr>",
                "Seeded volume: 1 tables, 2,000 rows");
        assertThat(html).doesNotContain("<script", "http://", "https://");
    }

    @Test
    void markdownStartsWithAStableHeaderAndTheSummaryTableThenOneDetailsPerStep() {
        assertThat(markdown).startsWith("## MigrationTest: " + Reported.class.getName() + "\n\n**NO-GO** · 1 passed, 2 failed, 0 aborted · embedded PostgreSQL 17.");
        assertThat(markdown).contains("| Migration | Outcome | Decided by | Forward | Back | Again | Blocked |\n|---|---|---|---:|---:|---:|---:|\n| V2 add note | PASSED |  |",
                "| V3 hold orders | FAILED: BLOCKING, LOCK_RULES | BLOCKING, LOCK_RULES |", "<details><summary>❌ V4 broken — FAILED: FORWARD</summary>",
                "<details><summary>✅ V2 add note — PASSED</summary>");
        assertThat(markdown.split("<details>", -1)).hasSize(4);
    }

    private static List<Map<String, Object>> steps() {
        return list(json.get("steps")).stream().map(ReportContentsTest::map).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @MigrationTest(seed = 42)
    @Rows(table = "orders", count = 1_000_000)
    static class Reported {
        @EachMigration
        void step(MigrationStep step) {
        }
    }
}

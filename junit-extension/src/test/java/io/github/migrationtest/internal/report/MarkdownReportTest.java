package io.github.migrationtest.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pull-request report stays under GitHub's comment size by leaving details out, failed steps' last. */
class MarkdownReportTest {

    @Test
    void aSmallRunKeepsEveryStepsDetails() {
        String md = MarkdownReport.render(run(3, 2, 100));
        assertThat(md).startsWith("## MigrationTest: com.example.ShopTest\n\n**NO-GO** · 2 passed, 1 failed, 0 aborted");
        assertThat(md.split("<details>", -1)).hasSize(4);
        assertThat(md).doesNotContain("left out");
    }

    @Test
    void aLargeRunDropsThePassedStepsDetailsFirstAndSaysSo() {
        String md = MarkdownReport.render(run(900, 899, 100));
        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.LIMIT);
        assertThat(md).contains("<details><summary>❌ V0 step 0 — FAILED: FORWARD</summary>")
                .doesNotContain("<details><summary>✅")
                .endsWith("\n_Details of passed steps left out to stay under 60,000 characters; see report.html._\n");
        assertThat(md).contains("| V899 step 899 | PASSED |");
    }

    @Test
    void aHugeFailureKeepsOnlyTheSummaryTable() {
        String md = MarkdownReport.render(run(300, 0, 2_000));
        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.LIMIT);
        assertThat(md).doesNotContain("<details>").contains("| V299 step 299 | FAILED: FORWARD |")
                .endsWith("_Details of every step left out to stay under 60,000 characters; see report.html._\n");
    }

    @Test
    void theStepSummaryFileGetsTheMarkdownAppended(@TempDir Path dir) throws IOException {
        Path summary = Files.writeString(dir.resolve("summary.md"), "earlier job output\n");
        Reports.appendStepSummary(summary, "## MigrationTest: X\n");
        assertThat(Files.readString(summary)).isEqualTo("earlier job output\n## MigrationTest: X\n\n");
    }

    /** A run of {@code steps} steps, the first {@code steps - passed} failed with a failure of {@code failureLength} characters. */
    private static Tree run(int steps, int passed, int failureLength) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            boolean ok = i >= steps - passed;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("displayName", "V" + i + " step " + i);
            s.put("passed", ok);
            s.put("summary", ok ? "PASSED" : "FAILED: FORWARD");
            s.put("decidedBy", ok ? List.of() : List.of("FORWARD"));
            s.put("failure", ok ? null : "x".repeat(failureLength));
            s.put("forwardMs", 10L);
            s.put("statements", List.of());
            s.put("accepted", List.of());
            list.add(s);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("testClass", "com.example.ShopTest");
        root.put("verdict", passed == steps ? "GO" : "NO-GO");
        root.put("counts", Map.of("PASSED", (long) passed, "FAILED", (long) (steps - passed), "ABORTED", 0L));
        root.put("server", "embedded PostgreSQL 17.11");
        root.put("seed", 42L);
        root.put("scale", 1.0);
        root.put("steps", list);
        return new Tree(root);
    }
}

package io.github.migrationtest.internal.report;

import io.github.migrationtest.BlockedTable;
import io.github.migrationtest.LockRuleBreach;
import io.github.migrationtest.DataChange;
import io.github.migrationtest.SchemaDifference;
import io.github.migrationtest.StatementRun;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.engine.StepOutcome;
import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.internal.engine.Summary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's one source: a JSON tree of the run (verdict, counts, where and on what it ran) and of every step (times,
 * verdicts, locks, data, schema, scripts). {@code report.json} is this tree as it is; the HTML and markdown reports
 * render it. Its shape is {@code docs/report-schema.json}; {@link #FORMAT_VERSION} changes when a field changes meaning
 * or goes away.
 */
final class JsonReport {

    static final int FORMAT_VERSION = 1;

    private JsonReport() {
    }

    static Map<String, Object> model(Rehearsal rehearsal, Instant at, Path workingDirectory) {
        List<StepResult> steps = rehearsal.results();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("generatedAt", at.truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("testClass", rehearsal.settings().name());
        root.put("verdict", RunVerdict.of(steps).name().replace('_', '-'));
        root.put("counts", RunVerdict.counts(steps));
        root.put("git", GitCommit.of(workingDirectory).map(g -> {
            Map<String, Object> git = new LinkedHashMap<>();
            git.put("commit", g.commit());
            git.put("branch", g.branch());
            return git;
        }).orElse(null));
        root.put("server", rehearsal.serverDescription());
        root.put("seed", rehearsal.settings().seed());
        root.put("scale", rehearsal.settings().scale());
        root.put("volumes", volumes(rehearsal));
        root.put("steps", steps.stream().map(JsonReport::step).toList());
        return root;
    }

    static String render(Rehearsal rehearsal) {
        return Json.write(model(rehearsal, Instant.now(), Path.of("")));
    }

    /** The tables as the first rehearsed step found them: production rows, and the rows seeded for them at this scale. */
    private static List<Map<String, Object>> volumes(Rehearsal rehearsal) {
        double scale = rehearsal.settings().scale();
        boolean seeded = rehearsal.results().stream().anyMatch(s -> s.seed().isPresent());
        return rehearsal.results().stream().map(StepResult::productionRows).filter(m -> !m.isEmpty()).findFirst()
                .orElse(Map.of()).entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("table", e.getKey());
                    m.put("rows", seeded ? Math.round(e.getValue() * scale) : e.getValue());
                    m.put("productionRows", e.getValue());
                    return m;
                }).toList();
    }

    private static Map<String, Object> step(StepResult step) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", step.version());
        m.put("description", step.description());
        m.put("displayName", step.displayName());
        m.put("anchor", "step-" + step.version().replaceAll("[^A-Za-z0-9]", "_"));
        m.put("script", step.script());
        m.put("undoScript", step.undoScript().orElse(null));
        StepOutcome outcome = StepOutcome.of(step);
        m.put("passed", outcome.status() == StepOutcome.Status.PASSED);
        m.put("outcome", outcome.status().name());
        m.put("summary", Summary.verdict(step));
        m.put("failure", outcome.message().isEmpty() ? null : outcome.message());
        m.put("decidedBy", RunVerdict.decidedBy(step, outcome));
        m.put("judgedByTest", step.judgedFailures().stream().map(v -> v.check().name()).toList());
        m.put("accepted", step.accepted());
        m.put("forwardMs", step.forwardTime().toMillis());
        m.put("backMs", millis(step.backTime()));
        m.put("againMs", millis(step.againTime()));
        m.put("wallMs", step.wallTime().toMillis());
        m.put("overheadMs", step.overhead().toMillis());
        m.put("longestBlockedReadMs", step.longestBlockedRead().toMillis());
        m.put("longestBlockedWriteMs", step.longestBlockedWrite().toMillis());
        m.put("blockingThresholdMs", step.blockingThreshold().map(Duration::toMillis).orElse(null));
        m.put("probeLatencyP99Ms", step.probeLatencyP99().toMillis());
        m.put("blockedTables", step.blockedTables().stream().map(JsonReport::blocked).toList());
        m.put("lockTimeline", LockTimelineJson.of(step.lockPictures()));
        m.put("lockRuleBreaches", step.lockRuleBreaches().stream().map(JsonReport::breach).toList());
        m.put("verdicts", step.verdicts().stream().map(JsonReport::verdict).toList());
        m.put("schemaChanges", differences(step.schemaChanges()));
        m.put("schemaNotRestored", differences(step.schemaNotRestored()));
        m.put("schemaNotReproduced", differences(step.schemaNotReproduced()));
        m.put("dataChanges", step.dataChanges().stream().map(JsonReport::dataChange).toList());
        m.put("statements", step.statements().stream().map(JsonReport::statement).toList());
        m.put("scripts", scripts(step));
        return m;
    }

    private static Map<String, Object> scripts(StepResult step) {
        Map<String, Integer> failed = step.failedLines();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("forward", script(step.script(), step.scriptText(), failed.containsKey("forward") ? failed.get("forward")
                : failed.get("again")));
        m.put("back", step.undoScript().map(s -> script(s, step.undoText(), failed.get("back"))).orElse(null));
        return m;
    }

    private static Map<String, Object> script(String location, Optional<String> text, Integer failedLine) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", location);
        m.put("text", text.orElse(null));
        m.put("failedLine", failedLine);
        return m;
    }

    private static Map<String, Object> blocked(BlockedTable b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phase", b.phase());
        m.put("table", b.table());
        m.put("productionRows", b.productionRows());
        m.put("readMs", b.longestBlockedRead().toMillis());
        m.put("writeMs", b.longestBlockedWrite().toMillis());
        return m;
    }

    private static Map<String, Object> breach(LockRuleBreach b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", b.rule());
        m.put("severity", b.severity());
        m.put("line", b.line());
        m.put("table", b.table());
        m.put("message", b.message());
        return m;
    }

    private static Map<String, Object> verdict(Verdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("check", v.check().name());
        m.put("outcome", v.outcome().name());
        m.put("message", v.message());
        return m;
    }

    private static Map<String, Object> dataChange(DataChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("comparison", c.comparison().name());
        m.put("kind", c.kind().name());
        m.put("table", c.table());
        m.put("column", c.column());
        m.put("loss", c.isLoss());
        m.put("message", c.message());
        return m;
    }

    private static Map<String, Object> statement(StatementRun s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", s.line());
        m.put("statement", s.statement());
        m.put("rows", s.rows().isPresent() ? s.rows().getAsLong() : null);
        m.put("ms", s.time().toMillis());
        return m;
    }

    private static List<Map<String, Object>> differences(List<SchemaDifference> differences) {
        return differences.stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", d.kind());
            m.put("name", d.name());
            m.put("before", d.before());
            m.put("after", d.after());
            return m;
        }).toList();
    }

    private static Long millis(Optional<Duration> d) {
        return d.map(Duration::toMillis).orElse(null);
    }
}

package io.github.migrationtest.internal.report;

import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.engine.StepOutcome;
import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.internal.engine.Summary;
import io.github.migrationtest.internal.locks.LockFigures;
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
 * verdicts, and each {@link ReportSection}'s part: locks, data, schema, scripts). {@code report.json} is this tree as it is; the HTML and markdown reports
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
        root.put("git", GitCommit.of(workingDirectory).map(g -> Json.object("commit", g.commit(), "branch", g.branch())).orElse(null));
        root.put("server", rehearsal.serverDescription());
        root.put("seed", rehearsal.settings().seed());
        root.put("scale", rehearsal.settings().scale());
        root.put("volumes", volumes(rehearsal));
        root.put("steps", steps.stream().map(JsonReport::step).toList());
        return root;
    }

    /** The tables as the first rehearsed step found them: production rows, and the rows seeded for them at this scale. */
    private static List<Map<String, Object>> volumes(Rehearsal rehearsal) {
        double scale = rehearsal.settings().scale();
        boolean seeded = rehearsal.results().stream().anyMatch(s -> s.seed().isPresent());
        return rehearsal.results().stream().flatMap(s -> s.measurement(LockFigures.class).stream()).map(LockFigures::productionRows)
                .filter(m -> !m.isEmpty()).findFirst()
                .orElse(Map.of()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Json.object("table", e.getKey(), "rows", seeded ? Math.round(e.getValue() * scale) : e.getValue(),
                        "productionRows", e.getValue())).toList();
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
        m.put("probeLatencyP99Ms", step.probeLatencyP99().toMillis());
        m.put("verdicts", step.verdicts().stream().map(JsonReport::verdict).toList());
        ReportSection.ALL.forEach(section -> section.json(step, m));
        return m;
    }

    private static Map<String, Object> verdict(Verdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("check", v.check().name());
        m.put("outcome", v.outcome().name());
        m.put("message", v.message());
        return m;
    }

    private static Long millis(Optional<Duration> d) {
        return d.map(Duration::toMillis).orElse(null);
    }
}

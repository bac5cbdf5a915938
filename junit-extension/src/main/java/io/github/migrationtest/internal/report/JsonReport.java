package io.github.migrationtest.internal.report;

import io.github.migrationtest.LockRuleBreach;
import io.github.migrationtest.DataChange;
import io.github.migrationtest.SchemaDifference;
import io.github.migrationtest.StatementRun;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.engine.StepOutcome;
import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.internal.engine.Summary;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The machine-readable report: one object per step with its times, verdicts and schema differences. */
final class JsonReport {

    private JsonReport() {
    }

    static String render(Rehearsal rehearsal) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("testClass", rehearsal.settings().name());
        root.put("server", rehearsal.serverDescription());
        root.put("seed", rehearsal.settings().seed());
        root.put("scale", rehearsal.settings().scale());
        root.put("steps", rehearsal.results().stream().map(JsonReport::step).toList());
        return Json.write(root);
    }

    private static Map<String, Object> step(StepResult step) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", step.version());
        m.put("description", step.description());
        m.put("script", step.script());
        m.put("undoScript", step.undoScript().orElse(null));
        StepOutcome outcome = StepOutcome.of(step);
        m.put("passed", outcome.status() == StepOutcome.Status.PASSED);
        m.put("outcome", outcome.status().name());
        m.put("summary", Summary.verdict(step));
        m.put("failure", outcome.message().isEmpty() ? null : outcome.message());
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
        m.put("lockRuleBreaches", step.lockRuleBreaches().stream().map(JsonReport::breach).toList());
        m.put("verdicts", step.verdicts().stream().map(JsonReport::verdict).toList());
        m.put("schemaChanges", differences(step.schemaChanges()));
        m.put("schemaNotRestored", differences(step.schemaNotRestored()));
        m.put("schemaNotReproduced", differences(step.schemaNotReproduced()));
        m.put("dataChanges", step.dataChanges().stream().map(JsonReport::dataChange).toList());
        m.put("statements", step.statements().stream().map(JsonReport::statement).toList());
        m.put("oldApplication", step.oldApplication().map(ApplicationSection::json).orElse(null));
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

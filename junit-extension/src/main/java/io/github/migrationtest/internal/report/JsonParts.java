package io.github.migrationtest.internal.report;

import io.github.migrationtest.BlockedTable;
import io.github.migrationtest.DataChange;
import io.github.migrationtest.LockRuleBreach;
import io.github.migrationtest.SchemaDifference;
import io.github.migrationtest.StatementRun;
import io.github.migrationtest.internal.engine.StepResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON objects of the public measurement records, as the report sections put them into report.json. */
final class JsonParts {

    private JsonParts() {
    }

    static Map<String, Object> scripts(StepResult step) {
        Map<String, Integer> failed = step.failedLines();
        return Json.object("forward", script(step.script(), step.scriptText(), failed.getOrDefault("forward", failed.get("again"))),
                "back", step.undoScript().map(s -> script(s, step.undoText(), failed.get("back"))).orElse(null));
    }

    static Map<String, Object> script(String location, Optional<String> text, Integer failedLine) {
        return Json.object("location", location, "text", text.orElse(null), "failedLine", failedLine);
    }

    static Map<String, Object> blocked(BlockedTable b) {
        return Json.object("phase", b.phase(), "table", b.table(), "productionRows", b.productionRows(),
                "readMs", b.longestBlockedRead().toMillis(), "writeMs", b.longestBlockedWrite().toMillis());
    }

    static Map<String, Object> breach(LockRuleBreach b) {
        return Json.object("rule", b.rule(), "severity", b.severity(), "line", b.line(), "table", b.table(), "message", b.message());
    }

    static Map<String, Object> dataChange(DataChange c) {
        return Json.object("comparison", c.comparison().name(), "kind", c.kind().name(), "table", c.table(), "column", c.column(),
                "loss", c.isLoss(), "message", c.message());
    }

    static Map<String, Object> statement(StatementRun s) {
        return Json.object("line", s.line(), "statement", s.statement(), "rows", s.rows().isPresent() ? s.rows().getAsLong() : null,
                "ms", s.time().toMillis());
    }

    static List<Map<String, Object>> differences(List<SchemaDifference> differences) {
        return differences.stream().map(d -> Json.object("kind", d.kind(), "name", d.name(), "before", d.before(), "after", d.after()))
                .toList();
    }
}

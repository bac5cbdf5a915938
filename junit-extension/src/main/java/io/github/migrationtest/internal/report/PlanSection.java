package io.github.migrationtest.internal.report;

import io.github.migrationtest.PlanFinding;
import io.github.migrationtest.PlanShape;
import io.github.migrationtest.QueryPlan;
import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.internal.plans.StepPlans;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plans of a step in the reports: every query's plans in report.json, the changed ones side by side in report.html. */
final class PlanSection {

    private PlanSection() {
    }

    static Map<String, Object> json(StepResult step) {
        StepPlans plans = step.planMeasurements();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plannerSettings", plans.planner());
        m.put("captureMs", plans.captureTime().toMillis());
        m.put("newIndexes", plans.newIndexes());
        m.put("queries", plans.plans().stream().map(PlanSection::query).toList());
        return m;
    }

    private static Map<String, Object> query(QueryPlan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", plan.query());
        m.put("sql", plan.sql());
        m.put("changed", plan.changed());
        m.put("unstable", plan.unstable());
        m.put("before", shape(plan.before()));
        m.put("after", shape(plan.after()));
        m.put("afterDownScript", shape(plan.afterBack()));
        m.put("findings", plan.findings().stream().map(PlanSection::finding).toList());
        return m;
    }

    private static Map<String, Object> shape(Optional<PlanShape> shape) {
        if (shape.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", shape.get().nodes());
        m.put("indexes", shape.get().indexes());
        m.put("cost", shape.get().cost());
        m.put("rows", shape.get().rows());
        return m;
    }

    private static Map<String, Object> finding(PlanFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", f.severity());
        m.put("kind", f.kind());
        m.put("message", f.message());
        return m;
    }

    /** One table per changed (or unstable, or not restored) query: its plan before, after, and after the down script. */
    static String html(StepResult step) {
        List<QueryPlan> shown = step.plans().stream().filter(p -> p.changed() || p.unstable()
                || p.findings().stream().anyMatch(PlanFinding::isError)).toList();
        StringBuilder html = new StringBuilder();
        if (!shown.isEmpty() && step.planMeasurements().scale() < 1) {
            html.append("<p>Plans taken at migrationtest.scale=").append(step.planMeasurements().scale())
                    .append(": production's plans can differ; the run at full scale is the authority.</p>");
        }
        for (QueryPlan plan : shown) {
            html.append("<h3>query \"").append(HtmlReport.esc(plan.query())).append("\"")
                    .append(plan.unstable() ? " (unstable: a cost tie, not judged)" : "").append("</h3><pre>")
                    .append(HtmlReport.esc(plan.sql())).append("</pre><table><tr><th>before</th><th>after</th><th>after the down script</th></tr><tr>");
            for (Optional<PlanShape> shape : List.of(plan.before(), plan.after(), plan.afterBack())) {
                html.append("<td><pre>").append(shape.map(s -> HtmlReport.esc(s.text()) + "\n\ncost " + s.cost() + ", rows " + s.rows())
                        .orElse("(not planned)")).append("</pre></td>");
            }
            html.append("</tr></table>");
            plan.findings().forEach(f -> html.append("<p class=\"").append(f.isError() ? "FAILED" : "NOT_RUN").append("\">")
                    .append(f.severity()).append(": ").append(HtmlReport.esc(f.message())).append("</p>"));
        }
        return html.toString();
    }
}

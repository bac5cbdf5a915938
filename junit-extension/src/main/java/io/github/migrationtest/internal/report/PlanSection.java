package io.github.migrationtest.internal.report;

import static io.github.migrationtest.internal.report.Html.esc;

import io.github.migrationtest.PlanFinding;
import io.github.migrationtest.PlanShape;
import io.github.migrationtest.QueryPlan;
import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.internal.plans.StepPlans;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plans of a step: in report.json the planner settings, the new indexes and every critical query's plans before,
 * after and after the down script with its findings; in report.html those of every changed, unstable or failing query.
 */
final class PlanSection implements ReportSection {

    @Override
    public void json(StepResult step, Map<String, Object> into) {
        Optional<StepPlans> measured = step.measurement(StepPlans.class);
        if (measured.isEmpty()) {
            return;
        }
        StepPlans plans = measured.get();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plannerSettings", plans.planner());
        m.put("scale", plans.scale());
        m.put("captureMs", plans.captureTime().toMillis());
        m.put("newIndexes", plans.newIndexes());
        m.put("queries", plans.plans().stream().map(PlanSection::query).toList());
        into.put("plans", m);
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

    @Override
    public String html(Tree step) {
        Tree plans = step.node("plans");
        List<Tree> shown = plans.list("queries").stream().filter(q -> q.bool("changed") || q.bool("unstable")
                || q.list("findings").stream().anyMatch(f -> f.str("severity").equals("ERROR"))).toList();
        StringBuilder html = new StringBuilder();
        if (!shown.isEmpty() && plans.has("scale") && Double.parseDouble(plans.str("scale")) < 1) {
            html.append("<p>Plans taken at migrationtest.scale=").append(plans.str("scale"))
                    .append(": production's plans can differ; the run at full scale is the authority.</p>");
        }
        for (Tree q : shown) {
            html.append("<h3>query \"").append(esc(q.str("name"))).append("\"")
                    .append(q.bool("unstable") ? " (unstable: a cost tie, not judged)" : "").append("</h3><pre>")
                    .append(esc(q.str("sql"))).append("</pre><table><tr><th>before</th><th>after</th><th>after the down script</th></tr><tr>");
            for (String point : List.of("before", "after", "afterDownScript")) {
                Tree shape = q.node(point);
                html.append("<td><pre>").append(shape.has("nodes") ? esc(String.join("\n", shape.strings("nodes"))) + "\n\ncost "
                        + shape.str("cost") + ", rows " + shape.str("rows") : "(not planned)").append("</pre></td>");
            }
            html.append("</tr></table>");
            q.list("findings").forEach(f -> html.append("<p class=\"").append(f.str("severity").equals("ERROR") ? "FAILED" : "NOT_RUN")
                    .append("\">").append(esc(f.str("severity"))).append(": ").append(esc(f.str("message"))).append("</p>"));
        }
        return html.toString();
    }
}

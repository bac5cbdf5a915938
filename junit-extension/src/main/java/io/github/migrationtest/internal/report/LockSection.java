package io.github.migrationtest.internal.report;

import static io.github.migrationtest.internal.report.Html.esc;

import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.internal.locks.LockFigures;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The locks of a step: a timeline per watched phase, blocked time per table against the threshold, the lock rules broken. */
final class LockSection implements ReportSection {

    @Override
    public void json(StepResult step, Map<String, Object> into) {
        Optional<LockFigures> figures = step.measurement(LockFigures.class);
        into.put("blockingThresholdMs", figures.map(f -> f.threshold().toMillis()).orElse(null));
        into.put("blockedTables", step.blockedTables().stream().map(JsonParts::blocked).toList());
        into.put("lockTimeline", LockTimelineJson.of(figures.map(LockFigures::pictures).orElse(List.of())));
        into.put("lockRuleBreaches", step.lockRuleBreaches().stream().map(JsonParts::breach).toList());
    }

    @Override
    public String html(Tree s) {
        StringBuilder html = new StringBuilder();
        List<Tree> phases = s.list("lockTimeline");
        if (phases.isEmpty() && s.list("blockedTables").isEmpty()) {
            return "";
        }
        html.append("<h3>Locks</h3>");
        phases.forEach(p -> html.append(TimelineSvg.render(p)));
        if (!s.list("blockedTables").isEmpty()) {
            html.append("<h4>Longest blocked read or write per table</h4>").append(Svg.blocked(s));
        }
        for (Tree b : s.list("lockRuleBreaches")) {
            html.append("<p>").append(esc(b.str("severity"))).append(" ").append(esc(b.str("rule"))).append(" (line ")
                    .append(b.num("line")).append("): ").append(esc(b.str("message"))).append("</p>");
        }
        return html.toString();
    }
}

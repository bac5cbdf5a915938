package io.github.migrationtest.internal.report;

import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.engine.StepOutcome;
import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.internal.engine.Summary;
import java.time.Duration;
import java.util.List;

/** The report a person opens: a bar chart of forward/back/again times per step, then each step's verdicts. */
final class HtmlReport {

    private static final int BAR_WIDTH = 420;

    private HtmlReport() {
    }

    static String render(Rehearsal rehearsal) {
        List<StepResult> steps = rehearsal.results();
        StringBuilder html = new StringBuilder("""
                <!doctype html><html><head><meta charset="utf-8"><title>MigrationTest report</title><style>
                body{font:14px system-ui,sans-serif;margin:2em;color:#222} table{border-collapse:collapse} td,th{padding:4px 8px;text-align:left}
                .PASSED{color:#1a7f37} .FAILED{color:#cf222e;font-weight:bold} .ABORTED{color:#9a6700} .NOT_RUN{color:#888} pre{background:#f6f8fa;padding:8px;white-space:pre-wrap}
                .f{fill:#4c78a8} .b{fill:#f58518} .a{fill:#54a24b}</style></head><body>
                """);
        html.append("<h1>").append(esc(rehearsal.settings().name())).append("</h1><p>")
                .append(esc(rehearsal.serverDescription())).append(" · seed ").append(rehearsal.settings().seed())
                .append(" · scale ").append(rehearsal.settings().scale()).append("</p>");
        html.append(chart(steps));
        for (StepResult step : steps) {
            StepOutcome outcome = StepOutcome.of(step);
            html.append("<h2 class=\"").append(outcome.status()).append("\">").append(esc(step.displayName())).append("</h2>")
                    .append("<p class=\"").append(outcome.status()).append("\">").append(esc(Summary.verdict(step))).append("</p>");
            if (!outcome.message().isEmpty()) {
                html.append("<pre>").append(esc(outcome.message())).append("</pre>");
            }
            step.accepted().forEach(a -> html.append("<p class=\"PASSED\">accepted: ").append(esc(a)).append("</p>"));
            html.append("<table>");
            for (Verdict v : step.verdicts()) {
                html.append("<tr><td>").append(v.check()).append("</td><td class=\"").append(v.outcome()).append("\">").append(v.outcome())
                        .append("</td><td>").append(v.message().isEmpty() ? "" : "<pre>" + esc(v.message()) + "</pre>").append("</td></tr>");
            }
            html.append("</table>");
            step.oldApplication().ifPresent(a -> html.append(ApplicationSection.html(a)));
        }
        return html.append("</body></html>\n").toString();
    }

    private static String chart(List<StepResult> steps) {
        long max = Math.max(1, steps.stream().mapToLong(s -> total(s)).max().orElse(1));
        int rowHeight = 22;
        StringBuilder svg = new StringBuilder("<h2>Time per step (ms): <span class=f>■</span> forward <span class=b>■</span> back <span class=a>■</span> again</h2>")
                .append("<svg width=\"").append(BAR_WIDTH + 330).append("\" height=\"").append(steps.size() * rowHeight + 10).append("\">");
        for (int i = 0; i < steps.size(); i++) {
            StepResult s = steps.get(i);
            int y = i * rowHeight + 4;
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(esc(s.displayName())).append("</text>");
            long x = 0;
            x = bar(svg, "f", x, s.forwardTime().toMillis(), max, y);
            x = bar(svg, "b", x, s.backTime().map(Duration::toMillis).orElse(0L), max, y);
            x = bar(svg, "a", x, s.againTime().map(Duration::toMillis).orElse(0L), max, y);
            svg.append("<text x=\"").append(250 + x + 6).append("\" y=\"").append(y + 14).append("\">").append(total(s)).append(" ms</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static long bar(StringBuilder svg, String css, long x, long ms, long max, int y) {
        long width = ms * BAR_WIDTH / max;
        svg.append("<rect class=\"").append(css).append("\" x=\"").append(250 + x).append("\" y=\"").append(y)
                .append("\" width=\"").append(width).append("\" height=\"16\"><title>").append(ms).append(" ms</title></rect>");
        return x + width;
    }

    private static long total(StepResult s) {
        return s.forwardTime().toMillis() + s.backTime().map(Duration::toMillis).orElse(0L) + s.againTime().map(Duration::toMillis).orElse(0L);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

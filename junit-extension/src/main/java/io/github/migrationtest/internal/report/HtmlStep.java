package io.github.migrationtest.internal.report;

import static io.github.migrationtest.internal.report.Html.esc;

/**
 * One step's section of the HTML report: its outcome and failure, accepted findings and the verdict of every check,
 * then each {@link ReportSection}'s part (locks, data, schema, scripts).
 */
final class HtmlStep {

    private HtmlStep() {
    }

    static String render(Tree s) {
        StringBuilder html = new StringBuilder("<section id=\"").append(esc(s.str("anchor"))).append("\" class=\"step-section\">")
                .append("<h2 class=\"").append(esc(s.str("outcome"))).append("\">").append(esc(s.str("displayName"))).append("</h2>")
                .append("<p class=\"").append(esc(s.str("outcome"))).append("\">").append(esc(s.str("summary"))).append("</p>");
        if (s.has("failure")) {
            html.append("<pre>").append(esc(s.str("failure"))).append("</pre>");
        }
        s.strings("accepted").forEach(a -> html.append("<p class=\"PASSED\">accepted: ").append(esc(a)).append("</p>"));
        s.strings("judgedByTest").forEach(c -> html.append("<p class=\"accepted\">").append(esc(c))
                .append(" judged by the test's own assertions</p>"));
        html.append("<h3>Checks</h3><table class=\"verdicts\">");
        for (Tree v : s.list("verdicts")) {
            html.append("<tr><td>").append(esc(v.str("check"))).append("</td><td class=\"").append(esc(v.str("outcome"))).append("\">")
                    .append(esc(v.str("outcome"))).append("</td><td>").append(v.has("message") ? "<pre>" + esc(v.str("message")) + "</pre>" : "")
                    .append("</td></tr>");
        }
        html.append("</table>");
        ReportSection.ALL.forEach(section -> html.append(section.html(s)));
        return html.append("</section>").toString();
    }

}

package io.github.migrationtest.internal.report;

import static io.github.migrationtest.internal.report.Html.esc;

import java.util.List;

/**
 * One step's section of the HTML report: its outcome and failure, accepted findings, the verdict of every check, the
 * lock timeline and blocked time, data findings and the rows each data statement touched, schema differences, and
 * both scripts with the line a phase failed at marked.
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
        locks(s, html);
        data(s, html);
        schema(s, html);
        scripts(s, html);
        return html.append("</section>").toString();
    }

    private static void locks(Tree s, StringBuilder html) {
        List<Tree> phases = s.list("lockTimeline");
        if (phases.isEmpty() && s.list("blockedTables").isEmpty()) {
            return;
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
    }

    private static void data(Tree s, StringBuilder html) {
        List<Tree> changes = s.list("dataChanges");
        List<Tree> statements = s.list("statements");
        if (changes.isEmpty() && statements.isEmpty()) {
            return;
        }
        html.append("<h3>Data</h3>");
        for (Tree c : changes) {
            html.append("<pre class=\"finding\">").append(esc(c.str("message"))).append("</pre>");
        }
        if (!statements.isEmpty()) {
            html.append("<table class=\"statements\">").append(Html.head("Line", "Statement", "Rows", "ms"));
            statements.forEach(st -> html.append(Html.row(String.valueOf(st.num("line")), esc(st.str("statement")),
                    st.has("rows") ? Html.count(st.num("rows")) : "", String.valueOf(st.num("ms")))));
            html.append("</table>");
        }
    }

    private static void schema(Tree s, StringBuilder html) {
        String[][] parts = {{"schemaChanges", "Schema changes"}, {"schemaNotRestored", "Not restored by the down script"},
            {"schemaNotReproduced", "Not reproduced by forward again"}};
        for (String[] part : parts) {
            List<Tree> diffs = s.list(part[0]);
            if (!diffs.isEmpty()) {
                html.append("<h3>").append(part[1]).append("</h3><table class=\"").append(part[0]).append("\">")
                        .append(Html.head("Kind", "Name", "Before", "After"));
                diffs.forEach(d -> html.append(Html.row(esc(d.str("kind")), esc(d.str("name")), esc(d.str("before")), esc(d.str("after")))));
                html.append("</table>");
            }
        }
    }

    private static void scripts(Tree s, StringBuilder html) {
        Tree scripts = s.node("scripts");
        for (String which : List.of("forward", "back")) {
            Tree script = scripts.node(which);
            if (script.has("text")) {
                long failed = script.num("failedLine");
                html.append("<details").append(failed > 0 ? " open" : "").append("><summary>").append(which.equals("forward")
                        ? "Forward script " : "Down script ").append(esc(script.str("location")))
                        .append(failed > 0 ? " — failed at line " + failed : "").append("</summary><table class=\"listing\">");
                List<String> lines = script.str("text").lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    html.append("<tr").append(i + 1 == failed ? " class=\"failed-line\"" : "").append("><td class=\"n\">").append(i + 1)
                            .append("</td><td>").append(esc(lines.get(i))).append("</td></tr>");
                }
                html.append("</table></details>");
            }
        }
    }
}

package io.github.migrationtest.internal.report;

import static io.github.migrationtest.internal.report.Html.esc;

import io.github.migrationtest.internal.engine.StepResult;
import java.util.List;
import java.util.Map;

/** What the data checks found, with example rows, and the rows and time of every data statement. */
final class DataSection implements ReportSection {

    @Override
    public void json(StepResult step, Map<String, Object> into) {
        into.put("dataChanges", step.dataChanges().stream().map(JsonParts::dataChange).toList());
        into.put("statements", step.statements().stream().map(JsonParts::statement).toList());
    }

    @Override
    public String html(Tree s) {
        StringBuilder html = new StringBuilder();
        List<Tree> changes = s.list("dataChanges");
        List<Tree> statements = s.list("statements");
        if (changes.isEmpty() && statements.isEmpty()) {
            return "";
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
        return html.toString();
    }
}

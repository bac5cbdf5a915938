package io.github.migrationtest.internal.report;

import static io.github.migrationtest.internal.report.Html.esc;

import io.github.migrationtest.internal.engine.StepResult;
import java.util.List;
import java.util.Map;

/** The forward and down scripts with line numbers; a script a phase failed in is shown open with that line marked. */
final class ScriptSection implements ReportSection {

    @Override
    public void json(StepResult step, Map<String, Object> into) {
        into.put("scripts", JsonParts.scripts(step));
    }

    @Override
    public String html(Tree s) {
        StringBuilder html = new StringBuilder();
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
        return html.toString();
    }
}

package io.github.migrationtest.internal.report;

import static io.github.migrationtest.internal.report.Html.esc;

import io.github.migrationtest.internal.engine.StepResult;
import java.util.List;
import java.util.Map;

/** What the migration changed in the schema, what its down script did not restore, what forward again did not reproduce. */
final class SchemaSection implements ReportSection {

    @Override
    public void json(StepResult step, Map<String, Object> into) {
        into.put("schemaChanges", JsonParts.differences(step.schemaChanges()));
        into.put("schemaNotRestored", JsonParts.differences(step.schemaNotRestored()));
        into.put("schemaNotReproduced", JsonParts.differences(step.schemaNotReproduced()));
    }

    @Override
    public String html(Tree s) {
        StringBuilder html = new StringBuilder();
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
        return html.toString();
    }
}

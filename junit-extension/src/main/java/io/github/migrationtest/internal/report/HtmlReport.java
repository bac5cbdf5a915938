package io.github.migrationtest.internal.report;

import static io.github.migrationtest.internal.report.Html.esc;

import java.util.List;

/**
 * The report a person opens, one self-contained file rendered from the report's JSON tree: the run's verdict (GO /
 * NO-GO), counts, date, commit, server, seed, scale and seeded volumes; a row per step with the check that decided
 * it; the time chart; then a section per step ({@link HtmlStep}).
 */
final class HtmlReport {

    private HtmlReport() {
    }

    static String render(Tree run) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(run.str("testClass"))).append(" — MigrationTest report</title><style>").append(Html.STYLE)
                .append("</style></head><body>");
        header(run, html);
        List<Tree> steps = run.list("steps");
        html.append("<h2>Steps</h2><table id=\"steps\">")
                .append(Html.head("Migration", "Outcome", "Decided by", "Forward ms", "Back ms", "Again ms", "Blocked ms"));
        for (Tree s : steps) {
            html.append("<tr class=\"step\"><td><a href=\"#").append(esc(s.str("anchor"))).append("\">").append(esc(s.str("displayName")))
                    .append("</a></td><td class=\"").append(esc(s.str("outcome"))).append("\">").append(esc(s.str("summary")))
                    .append("</td><td>").append(esc(String.join(", ", s.strings("decidedBy")))).append("</td><td>")
                    .append(s.num("forwardMs")).append("</td><td>").append(s.str("backMs")).append("</td><td>").append(s.str("againMs"))
                    .append("</td><td>").append(Math.max(s.num("longestBlockedReadMs"), s.num("longestBlockedWriteMs"))).append("</td></tr>");
        }
        html.append("</table>").append(Svg.times(steps));
        steps.forEach(s -> html.append(HtmlStep.render(s)));
        return html.append("</body></html>\n").toString();
    }

    private static void header(Tree run, StringBuilder html) {
        Tree counts = run.node("counts");
        Tree git = run.node("git");
        html.append("<h1>").append(esc(run.str("testClass"))).append("</h1>")
                .append("<p><span id=\"verdict\" class=\"").append(esc(run.str("verdict"))).append("\">").append(esc(run.str("verdict")))
                .append("</span> <span id=\"counts\">").append(counts.num("PASSED")).append(" passed, ").append(counts.num("FAILED"))
                .append(" failed, ").append(counts.num("ABORTED")).append(" aborted</span></p>")
                .append("<p id=\"run\">").append(esc(run.str("generatedAt")))
                .append(git.has("commit") ? " · commit " + esc(git.str("commit").substring(0, Math.min(12, git.str("commit").length())))
                        + (git.has("branch") ? " (" + esc(git.str("branch")) + ")" : "") : " · not a git work tree")
                .append(" · ").append(esc(run.str("server"))).append(" · seed ").append(esc(run.str("seed")))
                .append(" · scale ").append(esc(run.str("scale"))).append("</p>");
        List<Tree> volumes = run.list("volumes");
        if (!volumes.isEmpty()) {
            html.append("<details><summary>Seeded volume: ").append(volumes.size()).append(" tables, ")
                    .append(Html.count(volumes.stream().mapToLong(v -> v.num("rows")).sum())).append(" rows</summary><table id=\"volumes\">")
                    .append(Html.head("Table", "Rows", "Production rows"));
            volumes.forEach(v -> html.append(Html.row(esc(v.str("table")), Html.count(v.num("rows")), Html.count(v.num("productionRows")))));
            html.append("</table></details>");
        }
    }
}

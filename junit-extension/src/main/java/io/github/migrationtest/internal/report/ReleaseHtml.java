package io.github.migrationtest.internal.report;

import static io.github.migrationtest.internal.report.Html.esc;

import java.util.List;

/** The releases section of {@code report.html}, rendered from the {@code releases} of the JSON tree: per release its outcome, its migrations' times, its verdicts and the old application's table. */
final class ReleaseHtml {

    private ReleaseHtml() {
    }

    static String section(List<Tree> releases) {
        if (releases.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>Releases</h2>");
        for (Tree release : releases) {
            String outcome = esc(release.str("outcome"));
            html.append("<section class=\"release-section\"><h3 class=\"").append(outcome).append("\">").append(esc(release.str("displayName")))
                    .append("</h3><p class=\"").append(outcome).append("\">").append(outcome).append("</p>");
            if (release.has("failure")) {
                html.append("<pre>").append(esc(release.str("failure"))).append("</pre>");
            }
            html.append("<table>").append(Html.head("Migration", "Forward ms", "Back ms", "Again ms"));
            for (Tree m : release.list("migrations")) {
                html.append(Html.row(esc(m.str("displayName")), m.str("forwardMs"), m.has("backMs") ? m.str("backMs") : "-",
                        m.has("againMs") ? m.str("againMs") : "-"));
            }
            html.append("</table><table>").append(Html.head("Check", "Outcome", "Message"));
            for (Tree v : release.list("verdicts")) {
                html.append("<tr><td>").append(esc(v.str("check"))).append("</td><td class=\"").append(esc(v.str("outcome"))).append("\">")
                        .append(esc(v.str("outcome"))).append("</td><td>").append(v.has("message") ? "<pre>" + esc(v.str("message")) + "</pre>" : "")
                        .append("</td></tr>");
            }
            html.append("</table>").append(ApplicationSection.table(release.node("oldApplication"))).append("</section>");
        }
        return html.toString();
    }
}

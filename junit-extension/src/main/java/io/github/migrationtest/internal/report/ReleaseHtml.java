package io.github.migrationtest.internal.report;

import io.github.migrationtest.ReleaseMigration;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.release.ReleaseOutcome;
import io.github.migrationtest.internal.release.ReleaseResult;
import java.time.Duration;
import java.util.List;

/** The releases section of {@code report.html}: per release its outcome, its migrations' times and its verdicts. */
final class ReleaseHtml {

    private ReleaseHtml() {
    }

    static String section(List<ReleaseResult> releases) {
        if (releases.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h1>Releases</h1>");
        for (ReleaseResult release : releases) {
            ReleaseOutcome outcome = release.outcome();
            html.append("<h2 class=\"").append(outcome.status()).append("\">").append(esc(release.displayName())).append("</h2>")
                    .append("<p class=\"").append(outcome.status()).append("\">").append(outcome.status()).append("</p>");
            if (!outcome.message().isEmpty()) {
                html.append("<pre>").append(esc(outcome.message())).append("</pre>");
            }
            html.append("<table><tr><th>migration</th><th>forward</th><th>back</th><th>again</th></tr>");
            for (ReleaseMigration m : release.migrations()) {
                html.append("<tr><td>").append(esc(m.displayName())).append("</td><td>").append(m.forwardTime().toMillis()).append(" ms</td><td>")
                        .append(m.backTime().map(d -> d.toMillis() + " ms").orElse("-")).append("</td><td>")
                        .append(m.againTime().map(Duration::toMillis).map(ms -> ms + " ms").orElse("-")).append("</td></tr>");
            }
            html.append("</table><table>");
            for (Verdict v : release.verdicts()) {
                html.append("<tr><td>").append(v.check()).append("</td><td class=\"").append(v.outcome()).append("\">").append(v.outcome())
                        .append("</td><td>").append(v.message().isEmpty() ? "" : "<pre>" + esc(v.message()) + "</pre>").append("</td></tr>");
            }
            html.append("</table>");
        }
        return html.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package io.github.migrationtest.internal.report;

import io.github.migrationtest.ApplicationError;
import io.github.migrationtest.ApplicationPhase;
import io.github.migrationtest.ApplicationReport;
import io.github.migrationtest.internal.engine.StepResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** The old (or current) application's calls, failures and latency per phase, in both reports. */
final class ApplicationSection implements ReportSection {

    @Override
    public void json(StepResult step, Map<String, Object> into) {
        into.put("oldApplication", step.oldApplication().map(ApplicationSection::json).orElse(null));
    }

    /** Also a release's {@code oldApplication}. */
    static Map<String, Object> json(ApplicationReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("application", report.application());
        m.put("code", report.code());
        m.put("threads", report.threads());
        m.put("phases", report.phases().stream().map(ApplicationSection::phase).toList());
        return m;
    }

    private static Map<String, Object> phase(ApplicationPhase p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phase", p.name());
        m.put("ms", p.time().toMillis());
        m.put("calls", p.calls());
        m.put("failed", p.failed());
        m.put("p50Ms", p.p50().toMillis());
        m.put("p95Ms", p.p95().toMillis());
        m.put("p99Ms", p.p99().toMillis());
        m.put("errors", p.errors().stream().map(ApplicationSection::error).toList());
        return m;
    }

    private static Map<String, Object> error(ApplicationError e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sqlState", e.sqlState());
        m.put("message", e.message());
        m.put("statement", e.statement());
        m.put("frame", e.frame());
        m.put("count", e.count());
        m.put("firstAtMs", e.firstAt().toMillis());
        return m;
    }

    /** A table: one row per phase with calls, failures and p50/p95/p99, then one row per failure. */
    @Override
    public String html(Tree step) {
        return table(step.node("oldApplication"));
    }

    /** The table of a step's or a release's {@code oldApplication}; empty when none ran. */
    static String table(Tree report) {
        if (!report.has("application")) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h3>").append(esc(report.str("application"))).append(": ")
                .append(esc(report.str("code"))).append(" on ").append(report.num("threads")).append(" threads</h3><table><tr>"
                        + "<th>phase</th><th>calls</th><th>failed</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th></tr>");
        for (Tree p : report.list("phases")) {
            html.append("<tr><td>").append(esc(p.str("phase"))).append("</td><td>").append(p.num("calls")).append("</td><td>")
                    .append(p.num("failed")).append("</td><td>").append(p.num("p50Ms")).append("</td><td>").append(p.num("p95Ms"))
                    .append("</td><td>").append(p.num("p99Ms")).append("</td></tr>");
            for (Tree e : p.list("errors")) {
                html.append("<tr><td></td><td colspan=\"5\" class=\"FAILED\">").append(esc(e.str("sqlState") + " " + e.str("message")
                        + " — " + e.num("count") + " × in " + e.str("frame") + ": " + e.str("statement"))).append("</td></tr>");
            }
        }
        return html.append("</table>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package io.github.migrationtest.internal.report;

import java.util.Locale;

/** Escaping and small pieces the HTML report is built of. */
final class Html {

    private Html() {
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@code 1,000,000}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A table row of already escaped cells. */
    static String row(String... cells) {
        StringBuilder row = new StringBuilder("<tr>");
        for (String cell : cells) {
            row.append("<td>").append(cell).append("</td>");
        }
        return row.append("</tr>").toString();
    }

    /** A header row. */
    static String head(String... names) {
        StringBuilder row = new StringBuilder("<tr>");
        for (String name : names) {
            row.append("<th>").append(esc(name)).append("</th>");
        }
        return row.append("</tr>").toString();
    }

    static final String STYLE = """
            body{font:14px system-ui,sans-serif;margin:2em;color:#222;max-width:1100px} table{border-collapse:collapse;margin:.5em 0}
            td,th{padding:3px 8px;text-align:left;vertical-align:top;border-bottom:1px solid #eee} th{background:#f6f8fa}
            .PASSED{color:#1a7f37} .FAILED{color:#cf222e;font-weight:bold} .ABORTED{color:#9a6700} .NOT_RUN{color:#888}
            pre{background:#f6f8fa;padding:8px;white-space:pre-wrap;margin:.3em 0}
            #verdict{display:inline-block;padding:.2em .8em;border-radius:6px;color:#fff;font-size:28px;font-weight:bold}
            #verdict.GO{background:#1a7f37} #verdict.NO-GO{background:#cf222e}
            .f{fill:#4c78a8} .b{fill:#f58518} .a{fill:#54a24b} .held{fill:#4c78a8} .waited{fill:#e45756}
            .blocked-read{fill:#f58518} .blocked-write{fill:#b279a2} .bar{fill:#4c78a8} .over{fill:#cf222e} .limit{stroke:#cf222e;stroke-width:2}
            .listing td{border:0;padding:0 8px;font:12px ui-monospace,monospace;white-space:pre} .listing .n{color:#888;text-align:right}
            .failed-line{background:#ffebe9} section{border-top:2px solid #ddd;margin-top:1.5em} .accepted{color:#1a7f37}
            """;
}

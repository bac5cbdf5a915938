package io.github.migrationtest.internal.report;

import java.util.List;

/**
 * The report for a pull request, rendered from the report's JSON tree: a first header that stays the same from run to
 * run (so a bot can find and update its comment), the verdict and a summary table first, then one collapsed
 * {@code <details>} per step, and one per release the old application ran beside. Kept under {@link #LIMIT} characters: when the whole does not fit, the passed steps'
 * details go first, then every step's details, and a line says where the rest is.
 */
final class MarkdownReport {

    static final int LIMIT = 60_000;

    private MarkdownReport() {
    }

    static String render(Tree run) {
        String full = render(run, Detail.ALL);
        if (full.length() <= LIMIT) {
            return full;
        }
        String failedOnly = render(run, Detail.FAILED);
        String brief = failedOnly.length() <= LIMIT ? failedOnly : render(run, Detail.NONE);
        return brief.length() <= LIMIT ? brief : brief.substring(0, LIMIT - 100) + "\n\n… cut to fit; the whole report is report.html\n";
    }

    private enum Detail { ALL, FAILED, NONE }

    private static String render(Tree run, Detail detail) {
        List<Tree> steps = run.list("steps");
        Tree counts = run.node("counts");
        StringBuilder md = new StringBuilder("## MigrationTest: ").append(run.str("testClass")).append("\n\n")
                .append("**").append(run.str("verdict")).append("** · ").append(counts.num("PASSED")).append(" passed, ")
                .append(counts.num("FAILED")).append(" failed, ").append(counts.num("ABORTED")).append(" aborted · ")
                .append(run.str("server")).append(" · seed ").append(run.str("seed")).append(" · scale ").append(run.str("scale"))
                .append(run.node("git").has("commit") ? " · commit `" + run.node("git").str("commit").substring(0, 12) + "`" : "")
                .append("\n\n| Migration | Outcome | Decided by | Forward | Back | Again | Blocked |\n|---|---|---|---:|---:|---:|---:|\n");
        for (Tree s : steps) {
            md.append("| ").append(cell(s.str("displayName"))).append(" | ").append(cell(s.str("summary"))).append(" | ")
                    .append(cell(String.join(", ", s.strings("decidedBy")))).append(" | ").append(s.num("forwardMs")).append(" ms | ")
                    .append(ms(s, "backMs")).append(" | ").append(ms(s, "againMs")).append(" | ")
                    .append(Math.max(s.num("longestBlockedReadMs"), s.num("longestBlockedWriteMs"))).append(" ms |\n");
        }
        List<Tree> releases = run.list("releases");
        if (!releases.isEmpty()) {
            md.append("\n| Release | Outcome | Forward | Back | Again |\n|---|---|---:|---:|---:|\n");
            for (Tree r : releases) {
                md.append("| ").append(cell(r.str("displayName"))).append(" | ").append(cell(r.str("outcome")))
                        .append(r.has("failure") ? ": " + cell(r.str("failure").lines().findFirst().orElse("")) : "").append(" | ")
                        .append(r.num("forwardMs")).append(" ms | ").append(ms(r, "backMs")).append(" | ").append(ms(r, "againMs")).append(" |\n");
            }
        }
        for (Tree s : steps) {
            boolean failed = !s.bool("passed");
            if (detail == Detail.ALL || (detail == Detail.FAILED && failed)) {
                md.append("\n<details><summary>").append(failed ? "❌ " : "✅ ").append(html(s.str("displayName"))).append(" — ")
                        .append(html(s.str("summary"))).append("</summary>\n\n");
                if (s.has("failure")) {
                    md.append("```text\n").append(s.str("failure").replace("```", "'''")).append("\n```\n\n");
                }
                s.strings("accepted").forEach(a -> md.append("- accepted: ").append(cell(a)).append('\n'));
                s.list("statements").forEach(st -> md.append("- line ").append(st.num("line")).append(": `")
                        .append(st.str("statement").replace("`", "'")).append("` — ")
                        .append(st.has("rows") ? Html.count(st.num("rows")) + " rows" : "no row count").append(" in ")
                        .append(st.num("ms")).append(" ms\n"));
                md.append(ApplicationMarkdown.of(s));
                md.append("\n</details>\n");
            }
        }
        for (Tree r : releases) {
            String application = ApplicationMarkdown.of(r);
            if (!application.isEmpty() && (detail == Detail.ALL || (detail == Detail.FAILED && !r.str("outcome").equals("PASSED")))) {
                md.append("\n<details><summary>").append(r.str("outcome").equals("PASSED") ? "✅ " : "❌ ")
                        .append(html(r.str("displayName"))).append(" — ").append(html(r.str("outcome"))).append("</summary>\n\n")
                        .append(application).append("\n</details>\n");
            }
        }
        if (detail != Detail.ALL) {
            md.append("\n_Details of ").append(detail == Detail.FAILED ? "passed steps" : "every step")
                    .append(" left out to stay under ").append(Html.count(LIMIT)).append(" characters; see report.html._\n");
        }
        return md.toString();
    }

    private static String ms(Tree s, String key) {
        return s.has(key) ? s.num(key) + " ms" : "–";
    }

    private static String cell(String text) {
        return html(text).replace("|", "\\|").replace("\n", " ");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

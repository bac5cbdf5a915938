package io.github.migrationtest.internal.report;

import java.util.List;

/**
 * The application's figures in report.md, one line per step (or release): per phase its calls, failures and p50/p95/p99, then its
 * failures (the first {@link #ERRORS}), e.g. {@code - old application ShopRelease14 on 8 threads: before 140 calls,
 * 0 failed, p50/p95/p99 0/8/14 ms · forward …}.
 */
final class ApplicationMarkdown {

    static final int ERRORS = 3;

    private ApplicationMarkdown() {
    }

    static String of(Tree step) {
        Tree report = step.node("oldApplication");
        if (!report.has("application")) {
            return "";
        }
        StringBuilder md = new StringBuilder("- ").append(report.str("application")).append(" `").append(esc(report.str("code")))
                .append("` on ").append(report.num("threads")).append(" threads:");
        List<Tree> phases = report.list("phases");
        for (int i = 0; i < phases.size(); i++) {
            Tree p = phases.get(i);
            md.append(i == 0 ? " " : " · ").append(p.str("phase")).append(' ').append(Html.count(p.num("calls"))).append(" calls, ")
                    .append(Html.count(p.num("failed"))).append(" failed, p50/p95/p99 ").append(p.num("p50Ms")).append('/')
                    .append(p.num("p95Ms")).append('/').append(p.num("p99Ms")).append(" ms");
        }
        md.append('\n');
        List<String> errors = phases.stream().filter(p -> !p.str("phase").equals("before"))
                .flatMap(p -> p.list("errors").stream().map(e -> p.str("phase") + ": " + e.str("sqlState") + " " + e.str("message")
                        + " — " + Html.count(e.num("count")) + " × in " + e.str("frame") + ": " + e.str("statement"))).toList();
        errors.stream().limit(ERRORS).forEach(e -> md.append("  - ").append(esc(e)).append('\n'));
        if (errors.size() > ERRORS) {
            md.append("  - … ").append(errors.size() - ERRORS).append(" more in report.html\n");
        }
        return md.toString();
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("`", "'").replace("\n", " ");
    }
}

package io.github.migrationtest.internal.report;

import static io.github.migrationtest.internal.report.Html.esc;

import java.util.List;

/** The report's charts, as inline SVG: time per step, blocked time per table against the threshold. */
final class Svg {

    static final int LABEL = 260;
    static final int WIDTH = 520;
    static final int ROW = 20;

    private Svg() {
    }

    /** Forward, back and again per step, stacked, on one scale. */
    static String times(List<Tree> steps) {
        long max = Math.max(1, steps.stream().mapToLong(Svg::total).max().orElse(1));
        StringBuilder svg = new StringBuilder("<h2>Time per step (ms): <span class=f>■</span> forward <span class=b>■</span> back"
                + " <span class=a>■</span> again</h2>").append(open(steps.size()));
        for (int i = 0; i < steps.size(); i++) {
            Tree s = steps.get(i);
            int y = i * ROW + 2;
            label(svg, s.str("displayName"), y);
            long x = bar(svg, "f", 0, s.num("forwardMs"), max, y);
            x = bar(svg, "b", x, s.num("backMs"), max, y);
            x = bar(svg, "a", x, s.num("againMs"), max, y);
            text(svg, LABEL + x + 6, y, total(s) + " ms");
        }
        return svg.append("</svg>").toString();
    }

    /** Per phase and table, the longest blocked read or write, with the step's threshold as a red line. */
    static String blocked(Tree step) {
        List<Tree> tables = step.list("blockedTables");
        long threshold = step.num("blockingThresholdMs");
        long max = Math.max(1, Math.max(threshold, tables.stream().mapToLong(Svg::longest).max().orElse(0)));
        StringBuilder svg = new StringBuilder(open(tables.size() + 1));
        for (int i = 0; i < tables.size(); i++) {
            Tree t = tables.get(i);
            int y = i * ROW + 2;
            long ms = longest(t);
            label(svg, t.str("phase") + " · " + t.str("table"), y);
            bar(svg, threshold > 0 && ms > threshold ? "blocked over" : "blocked bar", 0, ms, max, y);
            text(svg, LABEL + ms * WIDTH / max + 6, y, ms + " ms (read " + t.num("readMs") + ", write " + t.num("writeMs") + ")");
        }
        if (threshold > 0) {
            long x = LABEL + threshold * WIDTH / max;
            svg.append("<line class=\"limit\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"0\" y2=\"")
                    .append(tables.size() * ROW).append("\"><title>threshold ").append(threshold).append(" ms</title></line>");
            text(svg, x + 4, tables.size() * ROW, "threshold " + threshold + " ms");
        }
        return svg.append("</svg>").toString();
    }

    static String open(int rows) {
        return "<svg width=\"" + (LABEL + WIDTH + 220) + "\" height=\"" + (rows * ROW + 8) + "\">";
    }

    static void label(StringBuilder svg, String text, int y) {
        text(svg, 0, y, text);
    }

    static void text(StringBuilder svg, long x, int y, String text) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y + 13).append("\">").append(esc(text)).append("</text>");
    }

    static void rect(StringBuilder svg, String css, long x, int y, long width, String title) {
        svg.append("<rect class=\"").append(css).append("\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                .append(Math.max(1, width)).append("\" height=\"").append(ROW - 4).append("\"><title>").append(esc(title))
                .append("</title></rect>");
    }

    private static long bar(StringBuilder svg, String css, long x, long ms, long max, int y) {
        long width = ms * WIDTH / max;
        if (ms > 0) {
            rect(svg, css, LABEL + x, y, width, ms + " ms");
        }
        return x + width;
    }

    private static long longest(Tree t) {
        return Math.max(t.num("readMs"), t.num("writeMs"));
    }

    private static long total(Tree s) {
        return s.num("forwardMs") + s.num("backMs") + s.num("againMs");
    }
}

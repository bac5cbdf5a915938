package io.github.migrationtest.internal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A phase's lock timeline: one row per relation and lock mode the migration held (blue) or waited for (red), and one
 * row per table whose probe reads (orange) or writes (purple) were blocked, all on the phase's time axis.
 */
final class TimelineSvg {

    private TimelineSvg() {
    }

    static String render(Tree phase) {
        long wall = Math.max(1, phase.num("wallMs"));
        Map<String, List<Tree>> rows = new LinkedHashMap<>();
        for (Tree lock : phase.list("locks")) {
            rows.computeIfAbsent(lock.str("relation") + " " + lock.str("mode") + (lock.bool("granted") ? "" : " (waited)"),
                    k -> new ArrayList<>()).add(lock);
        }
        for (Tree b : phase.list("blocked")) {
            rows.computeIfAbsent(b.str("kind") + "s of " + b.str("table") + " blocked", k -> new ArrayList<>()).add(b);
        }
        StringBuilder svg = new StringBuilder("<h4>").append(Html.esc(phase.str("phase"))).append(": ").append(wall)
                .append(" ms watched</h4>").append(Svg.open(rows.size() + 1));
        int i = 0;
        for (Map.Entry<String, List<Tree>> row : rows.entrySet()) {
            int y = i++ * Svg.ROW + 2;
            Svg.label(svg, row.getKey(), y);
            for (Tree span : row.getValue()) {
                long from = span.num("fromMs");
                long to = Math.max(from + 1, span.num("toMs"));
                String css = span.has("kind") ? "blocked-" + span.str("kind") : span.bool("granted") ? "lock held" : "lock waited";
                String title = from + "–" + to + " ms" + (span.has("statement") ? ": " + span.str("statement") : "");
                Svg.rect(svg, css, Svg.LABEL + from * Svg.WIDTH / wall, y, (to - from) * Svg.WIDTH / wall, title);
            }
        }
        Svg.text(svg, Svg.LABEL, rows.size() * Svg.ROW, "0 ms");
        Svg.text(svg, Svg.LABEL + Svg.WIDTH - 40, rows.size() * Svg.ROW, wall + " ms");
        return svg.append("</svg>").toString();
    }
}

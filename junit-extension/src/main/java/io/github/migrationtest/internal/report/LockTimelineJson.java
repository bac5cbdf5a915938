package io.github.migrationtest.internal.report;

import io.github.migrationtest.internal.locks.LockPicture;
import java.util.List;
import java.util.Map;

/** The {@code lockTimeline} of a step in report.json: per watched phase, the migration's locks and the blocked probes. */
final class LockTimelineJson {

    private LockTimelineJson() {
    }

    static List<Map<String, Object>> of(List<LockPicture> pictures) {
        return pictures.stream().map(LockTimelineJson::phase).toList();
    }

    private static Map<String, Object> phase(LockPicture p) {
        return Json.object("phase", p.phase(), "wallMs", p.wallMs(),
                "locks", p.locks().stream().map(l -> Json.object("relation", l.relation(), "mode", l.mode(), "granted", l.granted(),
                        "fromMs", l.fromMs(), "toMs", l.toMs(), "statement", l.statement())).toList(),
                "blocked", p.blocked().stream().map(b -> Json.object("table", b.table(), "kind", b.kind(), "fromMs", b.fromMs(),
                        "toMs", b.toMs())).toList());
    }
}

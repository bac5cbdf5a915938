package io.github.migrationtest.internal.report;

import io.github.migrationtest.internal.locks.LockPicture;
import java.util.LinkedHashMap;
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
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phase", p.phase());
        m.put("wallMs", p.wallMs());
        m.put("locks", p.locks().stream().map(l -> {
            Map<String, Object> lock = new LinkedHashMap<>();
            lock.put("relation", l.relation());
            lock.put("mode", l.mode());
            lock.put("granted", l.granted());
            lock.put("fromMs", l.fromMs());
            lock.put("toMs", l.toMs());
            lock.put("statement", l.statement());
            return lock;
        }).toList());
        m.put("blocked", p.blocked().stream().map(b -> {
            Map<String, Object> blocked = new LinkedHashMap<>();
            blocked.put("table", b.table());
            blocked.put("kind", b.kind());
            blocked.put("fromMs", b.fromMs());
            blocked.put("toMs", b.toMs());
            return blocked;
        }).toList());
        return m;
    }
}

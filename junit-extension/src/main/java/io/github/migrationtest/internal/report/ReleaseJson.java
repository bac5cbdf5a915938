package io.github.migrationtest.internal.report;

import io.github.migrationtest.ReleaseMigration;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.engine.StepOutcome;
import io.github.migrationtest.internal.release.ReleaseResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code releases} entries of {@code report.json}: one object per release with its migrations, times and verdicts. */
final class ReleaseJson {

    private ReleaseJson() {
    }

    static List<Map<String, Object>> releases(List<ReleaseResult> releases) {
        return releases.stream().map(ReleaseJson::release).toList();
    }

    /** Whether JUnit passed the release: a failed one makes the run NO-GO like a failed step. */
    static boolean passed(ReleaseResult release) {
        return release.outcome().status() == StepOutcome.Status.PASSED;
    }

    private static Map<String, Object> release(ReleaseResult release) {
        Map<String, Object> m = new LinkedHashMap<>();
        StepOutcome outcome = release.outcome();
        m.put("name", release.name());
        m.put("displayName", release.displayName());
        m.put("versions", release.versions());
        m.put("passed", outcome.status() == StepOutcome.Status.PASSED);
        m.put("outcome", outcome.status().name());
        m.put("failure", outcome.message().isEmpty() ? null : outcome.message());
        m.put("notRehearsed", release.notRehearsed().orElse(null));
        m.put("forwardMs", release.forwardTime().toMillis());
        m.put("backMs", millis(release.backTime()));
        m.put("againMs", millis(release.againTime()));
        m.put("wallMs", release.wallTime().toMillis());
        m.put("migrations", release.migrations().stream().map(ReleaseJson::migration).toList());
        m.put("verdicts", verdicts(release.verdicts()));
        m.put("schemaChanges", JsonParts.differences(release.schemaChanges()));
        m.put("schemaNotRestored", JsonParts.differences(release.schemaNotRestored()));
        m.put("schemaNotReproduced", JsonParts.differences(release.schemaNotReproduced()));
        m.put("dataChanges", release.dataChanges().stream().map(JsonParts::dataChange).toList());
        m.put("oldApplication", release.oldApplication().map(ApplicationSection::json).orElse(null));
        return m;
    }

    private static Map<String, Object> migration(ReleaseMigration migration) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", migration.version());
        m.put("displayName", migration.displayName());
        m.put("script", migration.script());
        m.put("undoScript", migration.undoScript().orElse(null));
        m.put("forwardMs", migration.forwardTime().toMillis());
        m.put("backMs", millis(migration.backTime()));
        m.put("againMs", millis(migration.againTime()));
        m.put("verdicts", verdicts(migration.verdicts()));
        return m;
    }

    private static List<Map<String, Object>> verdicts(List<Verdict> verdicts) {
        return verdicts.stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", v.check().name());
            m.put("outcome", v.outcome().name());
            m.put("message", v.message());
            return m;
        }).toList();
    }

    private static Long millis(Optional<Duration> d) {
        return d.map(Duration::toMillis).orElse(null);
    }
}

package io.github.migrationtest.testing;

import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.OldApplication;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The old-application histories ({@code classpath:histories/old-application/<name>/}) rehearsed beside an old
 * application: one annotated class per workload, pointed at a history by settings ({@link #at}), so a test names the
 * history and the workload instead of declaring a class for each.
 */
public final class OldApplicationHistory {

    public static final String HISTORIES = "classpath:histories/old-application/";
    private static final Pattern HISTORY = Pattern.compile(Pattern.quote(HISTORIES) + "([^/]+)/");
    private static final Map<String, MigrationStep> LAST_STEP = new ConcurrentHashMap<>();

    private OldApplicationHistory() {
    }

    /** Seeded at V1 with 20 rows per table. */
    public static Map<String, String> at(String history) {
        return at(history, 20);
    }

    /** The settings that point a class of this helper at one history, seeded at V1 with {@code rows} per table. */
    public static Map<String, String> at(String history, int rows) {
        return Map.of("migrationtest.locations", HISTORIES + history + "/migration",
                "migrationtest.undo-locations", HISTORIES + history + "/undo",
                "migrationtest.seed-at", "1", "migrationtest.rows", Integer.toString(rows));
    }

    /** The last step rehearsed of that history by a class of this helper. */
    public static MigrationStep lastStep(String history) {
        return LAST_STEP.get(history);
    }

    private static void saw(MigrationStep step) {
        Matcher history = HISTORY.matcher(step.script());
        if (history.find()) {
            LAST_STEP.put(history.group(1), step);
        }
    }

    @MigrationTest
    @OldApplication(workload = Release1.class)
    public static class BesideRelease1 {
        @EachMigration
        void step(MigrationStep step) {
            saw(step);
        }
    }

    /** Release 1 with a {@code select *} its connections prepare on the server. */
    @MigrationTest
    @OldApplication(workload = Release1Profile.class)
    public static class BesideRelease1Profile {
        @EachMigration
        void step(MigrationStep step) {
            saw(step);
        }
    }
}

package io.github.migrationtest.testing;

import static io.github.migrationtest.testing.Histories.HISTORIES;

import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import java.util.Map;
import java.util.Optional;

/** The good history (every check passes), for tests of what a setting alone does: refusals before any database starts. */
public final class GoodHistory {

    private GoodHistory() {
    }

    /** What JUnit says of the class {@link Good} run with one setting: the refusal, or empty when it ran. */
    public static Optional<String> messageWith(String key, String value) {
        return EngineRuns.message(EngineRuns.run(Good.class, Map.of(key, value)), "Good");
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo")
    public static class Good {
        @EachMigration
        void step(MigrationStep step) {
        }
    }
}

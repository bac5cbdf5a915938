package io.github.migrationtest.internal.release;

import io.github.migrationtest.Check;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import io.github.migrationtest.internal.engine.StepResult;
import java.util.List;

/**
 * What of the class's settings a release uses.
 *
 * @param requireUndo   whether a migration without a down script fails its release
 * @param undoLocations where the down scripts are, for messages
 * @param dataRestored   whether DATA_RESTORED is judged (not skipped by {@code migrationtest.checks.off})
 * @param dataReproduced whether DATA_REPRODUCED is judged
 */
record ReleaseSettings(boolean requireUndo, List<String> undoLocations, boolean dataRestored, boolean dataReproduced) {

    /** The message of a check that {@code migrationtest.checks.off} skips, as steps say it. */
    static final String SKIPPED = StepResult.SKIPPED;

    static ReleaseSettings of(RehearsalSettings settings) {
        return new ReleaseSettings(settings.requireUndo(), settings.undoLocations(), !settings.checksOff().contains(Check.DATA_RESTORED),
                !settings.checksOff().contains(Check.DATA_REPRODUCED));
    }
}

package io.github.migrationtest.assertj;

import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.ReleaseStep;
/** Entry point of the assertions on migration steps and releases: {@code assertThat(step).isReversible()}. */
public final class MigrationAssertions {

    private MigrationAssertions() {
    }

    public static MigrationStepAssert assertThat(MigrationStep step) {
        return new MigrationStepAssert(step);
    }

    public static ReleaseStepAssert assertThat(ReleaseStep release) {
        return new ReleaseStepAssert(release);
    }
}

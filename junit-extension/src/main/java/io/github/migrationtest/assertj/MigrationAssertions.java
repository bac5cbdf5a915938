package io.github.migrationtest.assertj;

import io.github.migrationtest.MigrationStep;
/** Entry point of the assertions on migration steps: {@code assertThat(step).isReversible()}. */
public final class MigrationAssertions {

    private MigrationAssertions() {
    }

    public static MigrationStepAssert assertThat(MigrationStep step) {
        return new MigrationStepAssert(step);
    }
}

package io.github.migrationtest.assertj;

import io.github.migrationtest.MigrationStep;
import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft assertions on migration steps: every failed assertion is collected and reported together by
 * {@link #assertAll()}, e.g. {@code softly.assertThat(step).preservesData().reproducesSchema()}.
 */
public class MigrationSoftAssertions extends AbstractSoftAssertions {

    public MigrationStepAssert assertThat(MigrationStep step) {
        return proxy(MigrationStepAssert.class, MigrationStep.class, step);
    }
}

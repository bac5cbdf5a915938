package io.github.migrationtest.assertj;

import io.github.migrationtest.MigrationStep;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft assertions on migration steps: every failed assertion is collected and reported together by
 * {@link #assertAll()}, e.g. {@code softly.assertThat(step).preservesData().reproducesSchema()}, including those on
 * {@code softly.assertThat(step).table(…).column(…)}.
 */
public class MigrationSoftAssertions extends AbstractSoftAssertions {

    private static final String ASSERTIONS_PACKAGE = MigrationSoftAssertions.class.getPackageName() + ".";

    public MigrationStepAssert assertThat(MigrationStep step) {
        return proxy(MigrationStepAssert.class, MigrationStep.class, step).collectingTableFailuresIn(this);
    }

    /** Drops the frames of these assertions, so that AssertJ's {@code at Test.method(Test.java:line)} names the test's line. */
    @Override
    public void collectAssertionError(AssertionError error) {
        error.setStackTrace(Stream.of(error.getStackTrace())
                .filter(frame -> !frame.getClassName().startsWith(ASSERTIONS_PACKAGE))
                .toArray(StackTraceElement[]::new));
        super.collectAssertionError(error);
    }
}

package io.github.migrationtest.assertj;

import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.TakeOver;
import io.github.migrationtest.Verdict;
import org.assertj.core.api.WritableAssertionInfo;
import org.opentest4j.AssertionFailedError;

/**
 * How a step assertion fails, in one shape: {@code [description] Expecting <step> to <what> but <what happened>},
 * through AssertJ's assertion info, so that {@code as(…)} (the step's name by default) and
 * {@code overridingErrorMessage(…)} reach the message.
 * Failures with an expected and an actual side carry them for the IDE's diff.
 */
final class StepFailures {

    private final WritableAssertionInfo info;

    StepFailures(WritableAssertionInfo info) {
        this.info = info;
    }

    AssertionFailedError failure(String message) {
        return new AssertionFailedError(text(message));
    }

    AssertionFailedError failure(String message, Object expected, Object actual) {
        return new AssertionFailedError(text(message), expected, actual);
    }

    /** {@code Expecting V3 x to pass SCHEMA_RESTORED but it failed:} and the verdict. */
    static String shouldPass(MigrationStep step, Verdict verdict) {
        return "Expecting " + step.displayName() + " to pass " + verdict.check() + " but it " + (verdict.failed() ? "failed:\n" + verdict.message()
                : "was not run" + (verdict.message().isEmpty() ? "" : ": " + verdict.message()));
    }

    /** {@code Expecting V2 x to keep the old application working but no old application ran: …}, for steps and releases. */
    static String noOldApplication(String name) {
        return "Expecting " + name + " to keep the old application working but no old application ran: declare"
                + " @OldApplication(workload = …) on the test class.";
    }

    /** The allowance of {@code allowsOldApplicationError}, for steps and releases; refused without a reason. */
    static TakeOver oldApplicationErrorAllowed(String sqlState, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("allowsOldApplicationError(\"" + sqlState + "\", reason) needs a reason a"
                    + " reviewer can judge, e.g. \"the report page is switched off during the deploy\".");
        }
        return TakeOver.allowOldApplicationError(sqlState, reason);
    }

    private String text(String message) {
        String overriding = info.overridingErrorMessage();
        String description = info.descriptionText();
        String text = overriding != null ? overriding : message;
        return description == null || description.isEmpty() ? text : "[" + description + "] " + text;
    }
}

package io.github.migrationtest.assertj;

import io.github.migrationtest.TakeOver;
import org.assertj.core.api.WritableAssertionInfo;
import org.opentest4j.AssertionFailedError;

/**
 * How every assertion of this package fails: {@code [description] } and a sentence of {@link AssertionMessages}, through
 * AssertJ's assertion info, so that {@code as(…)} and {@code overridingErrorMessage(…)} reach the message (without
 * {@code as(…)} there is no bracket: the sentence names the step, on a line of its own). Failures with an expected and an actual side carry
 * them for the IDE's diff. Column and plan assertions share the info of the step assertion they come from.
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

    /** The allowance of {@code allowsOldApplicationError}, for steps and releases; refused without a reason. */
    static TakeOver oldApplicationErrorAllowed(String sqlState, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("allowsOldApplicationError(\"" + sqlState + "\", reason) needs a reason a"
                    + " reviewer can judge, e.g. \"the report page is switched off during the deploy\".");
        }
        return TakeOver.allowOldApplicationError(sqlState, reason);
    }

    /**
     * {@code [description] Expecting …} with a description; without one, the sentence on a line of its own, as AssertJ
     * starts its own messages: its soft-assertion layout puts a line break after {@code -- failure n --} only before a
     * {@code [description]}, so a bare sentence would be glued to it.
     */
    private String text(String message) {
        String overriding = info.overridingErrorMessage();
        String description = info.descriptionText();
        if (description == null || description.isEmpty()) {
            return overriding != null ? overriding : "\n" + message;
        }
        return "[" + description + "] " + (overriding != null ? overriding : message);
    }
}

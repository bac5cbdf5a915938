package io.github.migrationtest;

/**
 * The outcome of one {@link Check} on one migration step.
 *
 * @param check   what was checked
 * @param outcome passed, failed, or not run (and why, in the message)
 * @param message what happened, in a sentence a reviewer can act on
 */
public record Verdict(Check check, Outcome outcome, String message) {

    /** How a check ended. */
    public enum Outcome {
        PASSED, FAILED, NOT_RUN
    }

    /** The message of a check that {@code migrationtest.checks.off} skips. */
    public static final String SKIPPED = "skipped (migrationtest.checks.off)";

    /** Whether {@code migrationtest.checks.off} skipped the check, so that nothing was measured for it. */
    public boolean skipped() {
        return outcome == Outcome.NOT_RUN && message.equals(SKIPPED);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    @Override
    public String toString() {
        return check + " " + outcome + (message.isEmpty() ? "" : ": " + message);
    }
}

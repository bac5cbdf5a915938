package io.github.migrationtest.internal.release;

/**
 * How a release ended for JUnit, shown the same way in the console, {@code report.json} and {@code report.html}.
 *
 * @param status  PASSED, FAILED or ABORTED, as JUnit reported the invocation
 * @param message the whole failure message JUnit reported, or empty when the release passed
 */
public record ReleaseOutcome(Status status, String message) {

    /** As JUnit reports an invocation. */
    public enum Status { PASSED, FAILED, ABORTED }

    static ReleaseOutcome of(Throwable failure, boolean aborted) {
        if (failure == null) {
            return new ReleaseOutcome(Status.PASSED, "");
        }
        return new ReleaseOutcome(aborted ? Status.ABORTED : Status.FAILED, String.valueOf(failure.getMessage()));
    }
}

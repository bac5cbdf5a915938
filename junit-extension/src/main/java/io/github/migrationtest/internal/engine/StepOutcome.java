package io.github.migrationtest.internal.engine;

import io.github.migrationtest.Verdict;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a step (or a release) ended for JUnit, decided once when its invocation is over and shown the same way in the
 * console summary, {@code report.json} and {@code report.html}. A step passed only if JUnit passed it.
 *
 * @param status  PASSED, FAILED or ABORTED, as JUnit reported the invocation
 * @param reason  for the summary: which checks failed, why the step was not rehearsed, or what the test threw
 * @param message the whole failure message JUnit reported, or empty when the step passed
 */
public record StepOutcome(Status status, String reason, String message) {

    private static final int REASON_LENGTH = 100;

    /** As JUnit reports an invocation. */
    public enum Status { PASSED, FAILED, ABORTED }

    /** The outcome JUnit decided; before that (while the invocation still runs), what the checks alone say. */
    public static StepOutcome of(StepResult step) {
        return step.outcome().orElseGet(() -> step.unjudgedFailures().isEmpty() ? passed(step)
                : new StepOutcome(Status.FAILED, names(step.unjudgedFailures()), ""));
    }

    /** A release's, as JUnit ended its invocation ({@code failure} null: passed); {@code unjudged}: its failed checks no assertion judged. */
    public static StepOutcome ofRelease(Throwable failure, boolean aborted, List<Verdict> unjudged) {
        if (failure == null) {
            return new StepOutcome(Status.PASSED, "", "");
        }
        return aborted ? aborted(failure) : new StepOutcome(Status.FAILED, unjudged.isEmpty() ? "the test failed: " + firstLine(failure)
                : names(unjudged), String.valueOf(failure.getMessage()));
    }

    /** A release's while its invocation still runs: what its failed checks that no assertion judged say. */
    public static StepOutcome undecided(List<Verdict> unjudged) {
        return new StepOutcome(unjudged.isEmpty() ? Status.PASSED : Status.FAILED, names(unjudged), "");
    }

    /** {@code (irreversible) (judged by the test: DOWN_SCRIPT)} as the summary shows it after PASSED, or empty. */
    static StepOutcome passed(StepResult step) {
        List<Verdict> accepted = step.judgedFailures();
        return new StepOutcome(Status.PASSED, ((step.undoScript().isEmpty() ? "(irreversible)" : "")
                + (accepted.isEmpty() ? "" : " (judged by the test: " + names(accepted) + ")")).strip(), "");
    }

    static StepOutcome aborted(Throwable cause) {
        return new StepOutcome(Status.ABORTED, "by the test: " + firstLine(cause), detail(cause));
    }

    /** Why JUnit failed the step, most specific first: not rehearsed, crashed, the test's own failure, failed checks. */
    static StepOutcome failed(StepResult step, Throwable cause) {
        String message = detail(cause);
        if (step.notRehearsed != null) {
            return new StepOutcome(Status.FAILED, "not rehearsed (" + step.notRehearsed + ")", message);
        }
        if (step.crashed != null) {
            return new StepOutcome(Status.FAILED, "crashed (" + step.crashed + ")", message);
        }
        List<Verdict> unjudged = step.unjudgedFailures();
        String checks = unjudged.isEmpty() ? "" : names(unjudged) + "; ";
        if (step.testFailure != null) {
            List<Verdict> judged = step.judgedFailures();
            return new StepOutcome(Status.FAILED, checks + (judged.isEmpty() ? "the test failed: "
                    : names(judged) + " judged by the test, which failed: ") + cut(step.testFailure), message);
        }
        if (!unjudged.isEmpty()) {
            return new StepOutcome(Status.FAILED, names(unjudged), message);
        }
        return new StepOutcome(Status.FAILED, "after the step: " + firstLine(cause), message);
    }

    private static String names(List<Verdict> verdicts) {
        return verdicts.stream().map(v -> v.check().name()).collect(Collectors.joining(", "));
    }

    /** The whole message, without the line break AssertJ's messages start with when they have no description. */
    private static String detail(Throwable cause) {
        return String.valueOf(cause.getMessage()).replaceFirst("^\\R+", "");
    }

    static String firstLine(Throwable cause) {
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cut(text.strip().lines().findFirst().orElse(""));
    }

    private static String cut(String line) {
        String first = line.strip().lines().findFirst().orElse("");
        return first.length() > REASON_LENGTH ? first.substring(0, REASON_LENGTH - 1) + "…" : first;
    }
}

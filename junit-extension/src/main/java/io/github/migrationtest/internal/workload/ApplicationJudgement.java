package io.github.migrationtest.internal.workload;

import io.github.migrationtest.ApplicationError;
import io.github.migrationtest.ApplicationPhase;
import io.github.migrationtest.ApplicationReport;
import io.github.migrationtest.Check;
import io.github.migrationtest.TakeOver;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.Verdict.Outcome;
import io.github.migrationtest.internal.workload.ApplicationRehearsal.ApplicationOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OLD_APPLICATION verdict of one step, or of one release: fails on any failure during or after the scripts that the
 * application did not already have before them (same SQLSTATE, statement and frame), unless its SQLSTATE is allowed.
 *
 * @param step    the step's (the release's) display name
 * @param skipped why nothing is judged (e.g. the real forward run failed), or null
 * @param release whether a release's forward and down scripts ran beside the application, rather than a step's forward
 */
public record ApplicationJudgement(String step, ApplicationOutcome outcome, String skipped, boolean release) {

    /** A step's: nothing is judged when its real forward run failed. */
    public ApplicationJudgement(String step, ApplicationOutcome outcome, boolean forwardFailed) {
        this(step, outcome, forwardFailed ? "not checked: the forward run failed" : null, false);
    }

    public Verdict verdict(Map<String, String> allowed) {
        if (skipped != null) {
            return new Verdict(Check.OLD_APPLICATION, Outcome.NOT_RUN, skipped);
        }
        ApplicationReport report = outcome.report();
        String application = report == null ? "application" : report.application();
        if (outcome.problem() != null) {
            return failed(ApplicationMessages.notJudged(step, outcome.problem()));
        }
        ForwardTimeline forward = outcome.forward();
        if (forward.failure() != null) {
            return failed(ApplicationMessages.failedBeside(step, application, forward, release));
        }
        List<ApplicationError> fresh = fresh(report, allowed.keySet());
        if (!fresh.isEmpty()) {
            return failed(ApplicationMessages.broken(step, report, fresh, forward, release));
        }
        List<String> accepted = allowed.entrySet().stream()
                .filter(a -> fresh(report, Set.of()).stream().anyMatch(e -> e.sqlState().equals(a.getKey())))
                .map(a -> "allow-old-application-error " + a.getKey() + " (" + a.getValue() + ")").toList();
        return new Verdict(Check.OLD_APPLICATION, Outcome.PASSED, ApplicationMessages.kept(report, release)
                + (accepted.isEmpty() ? "" : "; accepted: " + String.join("; ", accepted)));
    }

    /** The SQLSTATEs the test or the script accepted, with their reasons, in the order they were. */
    public static Map<String, String> allowed(List<TakeOver> takenOver) {
        Map<String, String> allowed = new LinkedHashMap<>();
        for (TakeOver t : takenOver) {
            if (t instanceof TakeOver.OldApplicationErrorAllowed a) {
                allowed.put(a.sqlState(), a.reason());
            }
        }
        return allowed;
    }

    /** The failures of the forward and after phases not seen before, grouped over both phases, in the order of their frames. */
    static List<ApplicationError> fresh(ApplicationReport report, Set<String> allowed) {
        Set<String> before = report.phase("before").map(p -> p.errors().stream().map(ApplicationJudgement::key)
                .collect(Collectors.toSet())).orElse(Set.of());
        Map<String, ApplicationError> grouped = new LinkedHashMap<>();
        for (ApplicationPhase phase : report.phases()) {
            if (!judged(phase)) {
                continue;
            }
            for (ApplicationError e : phase.errors()) {
                if (!before.contains(key(e)) && !allowed.contains(e.sqlState())) {
                    grouped.merge(key(e), e, (a, b) -> new ApplicationError(a.sqlState(), a.message(), a.statement(),
                            a.frame(), a.count() + b.count(), a.firstAt().compareTo(b.firstAt()) <= 0 ? a.firstAt() : b.firstAt()));
                }
            }
        }
        List<ApplicationError> errors = new ArrayList<>(grouped.values());
        errors.sort(java.util.Comparator.comparing(ApplicationError::frame).thenComparing(ApplicationError::statement)
                .thenComparing(ApplicationError::sqlState));
        return errors;
    }

    /** Every phase but {@code before} (the baseline) and a release's post-deploy ones (the old code is not live then). */
    private static boolean judged(ApplicationPhase phase) {
        return !phase.name().equals("before") && !phase.name().equals(ReleaseApplication.POST_DEPLOY)
                && !phase.name().equals(ReleaseApplication.POST_DEPLOY_BACK);
    }

    private static String key(ApplicationError e) {
        return e.sqlState() + "\u0000" + e.statement() + "\u0000" + e.frame();
    }

    private static Verdict failed(String message) {
        return new Verdict(Check.OLD_APPLICATION, Outcome.FAILED, message);
    }

    /** The highest p99 of the judged phases: during and after the forward run (or the release's scripts). */
    public static Duration p99(ApplicationReport report) {
        return report.phases().stream().filter(ApplicationJudgement::judged).map(ApplicationPhase::p99)
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }
}

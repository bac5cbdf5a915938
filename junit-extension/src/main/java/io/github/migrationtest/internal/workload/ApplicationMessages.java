package io.github.migrationtest.internal.workload;

import io.github.migrationtest.ApplicationError;
import io.github.migrationtest.ApplicationPhase;
import io.github.migrationtest.ApplicationReport;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The messages of the OLD_APPLICATION check (listed in docs/errors.md). */
final class ApplicationMessages {

    /** How {@link #kept} names the phases of a release. */
    private static final Map<String, String> RELEASE_PHASES = Map.of("before", "before", "forward", "during the forward scripts",
            ReleaseApplication.POST_DEPLOY, "during the post-deploy scripts (the new code is live: not judged)",
            ReleaseApplication.POST_DEPLOY_BACK, "during their down scripts (not judged either)",
            "back", "during the down scripts", "after", "after them");

    private ApplicationMessages() {
    }

    /**
     * {@code V7 …: the old application failed 1,204 times during and after the migration (0 before it):} and a line per
     * failure; for a release, {@code … during and after the release's forward and down scripts …}.
     */
    static String broken(String step, ApplicationReport report, List<ApplicationError> fresh, ForwardTimeline forward,
                         boolean release) {
        long count = fresh.stream().mapToLong(ApplicationError::count).sum();
        long before = report.phase("before").map(ApplicationPhase::failed).orElse(0L);
        StringBuilder m = new StringBuilder(step + ": the " + report.application() + " failed " + number(count)
                + (count == 1 ? " time" : " times") + " during and after "
                + (release ? "the release's forward and down scripts" : "the migration") + " (" + number(before) + " before it):");
        Set<String> advice = new LinkedHashSet<>();
        for (ApplicationError e : fresh) {
            m.append("\n  ").append(e.sqlState()).append(' ').append(e.message()).append(" — ").append(number(e.count()))
                    .append(" × in ").append(e.frame()).append(": ").append(e.statement());
            m.append("\n  first at ").append(Math.max(0, e.firstAt().toMillis()))
                    .append(release ? " ms into the release, right after " : " ms into the forward run, right after ")
                    .append(forward.statementAt(e.firstAt()));
            advice.add(release && forward.scriptAt(e.firstAt()).startsWith(ReleaseApplication.DOWN_SCRIPT)
                    ? downScriptAdvice(report.application()) : ApplicationAdvice.of(e.sqlState()));
        }
        advice.forEach(a -> m.append("\n  ").append(a));
        return m.toString();
    }

    private static String downScriptAdvice(String application) {
        return "The down scripts run while the " + application + " is live (it is the code being rolled back to): a down"
                + " script must drop or rename only what the release added and that code does not use; undo a rename"
                + " before anything that depends on the new name, and keep what that code reads until it is gone.";
    }

    /** The scripts failed on the copy beside the application, though the real run passed: a step's forward, or a release's. */
    static String failedBeside(String step, String application, ForwardTimeline forward, boolean release) {
        return step + ": with the " + application + " running, " + (release ? "the release's scripts" : "the forward run")
                + " failed at " + forward.failedAt() + ": SQLSTATE " + forward.failure().getSQLState() + " "
                + FailedCall.serverMessage(forward.failure()) + " (in: " + forward.failed().headline() + "). Without it, "
                + (release ? "they passed: the application's transactions hold locks or rows the scripts need."
                        : "the forward run passed: the application's transactions hold locks or rows the migration needs.")
                + " Start the script with SET lock_timeout and retry the deploy" + (release ? " (or the rollback)" : "")
                + " when it gives up, and keep the application's transactions short.";
    }

    static String notJudged(String step, String problem) {
        return step + ": OLD_APPLICATION not judged: " + problem + ". Make every call of the workload end within"
                + " migrationtest.old-application.timeout, or raise it.";
    }

    /**
     * {@code old application: 412 calls before, 37 during, 96 after the forward run, no new error; p99 4 ms}; for a
     * release {@code … 37 calls during the forward scripts, 20 calls during the down scripts, 96 calls after them, …}.
     */
    static String kept(ApplicationReport report, boolean release) {
        StringBuilder m = new StringBuilder(report.application() + ":");
        for (ApplicationPhase p : report.phases()) {
            m.append(' ').append(number(p.calls())).append(" calls ");
            if (release) {
                m.append(RELEASE_PHASES.getOrDefault(p.name(), p.name())).append(',');
            } else {
                m.append(p.name().equals("forward") ? "during" : p.name()).append(p.name().equals("after") ? " the forward run," : ",");
            }
        }
        return m.append(" no new error; p99 ").append(ApplicationJudgement.p99(report).toMillis()).append(" ms").toString();
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

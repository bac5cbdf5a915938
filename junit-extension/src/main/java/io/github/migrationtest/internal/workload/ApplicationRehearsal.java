package io.github.migrationtest.internal.workload;

import io.github.migrationtest.ApplicationReport;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Scripts run with an application running: on a copy of the working database (so that neither the application's
 * writes nor its load reach the data and lock checks of the real run), the workload reaches its steady state, the
 * scripts run (a step's forward script; a release's forward scripts, then its down scripts in reverse order), the
 * workload goes on for its {@code after} calls and time, and stops.
 */
public final class ApplicationRehearsal {

    private ApplicationRehearsal() {
    }

    /**
     * @param migrate    the copy, for the migration's own connection
     * @param workload   the same copy, for the application's pool
     * @param application {@code old application} or {@code current application}
     * @param scripts    what runs beside it, in order; each script's phase starts when its first statement does, and
     *                   before every phase after the first the application first makes its {@code after} calls on
     *                   the schema the last phase left
     */
    public static ApplicationOutcome run(DataSource migrate, DataSource workload, ApplicationCode code, String application,
                                         WorkloadSettings settings, List<ForwardTimeline.Script> scripts) throws SQLException {
        OldApplicationRun run;
        try {
            run = OldApplicationRun.start(workload, code, application, settings);
        } catch (WorkloadProblem e) {
            return new ApplicationOutcome(null, null, e.getMessage());
        }
        String problem = null;
        ForwardTimeline forward = null;
        try {
            forward = ForwardTimeline.run(migrate, scripts, phase -> {
                if (!phase.equals("forward")) {
                    run.awaitCalls(settings.afterCalls(), settings.after()); // the release is live a while before it is rolled back
                }
                run.phase(phase);
            });
            run.phase("after");
            run.awaitCalls(settings.afterCalls(), settings.after());
        } catch (WorkloadProblem e) {
            problem = e.getMessage();
        } finally {
            run.stop();
        }
        return new ApplicationOutcome(run.stop(), forward, problem);
    }

    /**
     * @param report  what the application saw; null when it did not start
     * @param forward the forward run beside it; null when it did not run to its end
     * @param problem why the application could not be judged; null when it could
     */
    public record ApplicationOutcome(ApplicationReport report, ForwardTimeline forward, String problem) {
    }
}

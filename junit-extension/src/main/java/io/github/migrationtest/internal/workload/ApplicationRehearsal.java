package io.github.migrationtest.internal.workload;

import io.github.migrationtest.ApplicationReport;
import io.github.migrationtest.internal.flyway.SqlStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * One step's forward run with an application running: on a copy of the working database (so that neither the
 * application's writes nor its load reach the data and lock checks of the real run), the workload reaches its steady
 * state, the forward script runs, the workload goes on for its {@code after} calls and time, and stops.
 */
public final class ApplicationRehearsal {

    private ApplicationRehearsal() {
    }

    /**
     * @param migrate    the copy, for the migration's own connection
     * @param workload   the same copy, for the application's pool
     * @param application {@code old application} or {@code current application}
     */
    public static ApplicationOutcome run(DataSource migrate, DataSource workload, ApplicationCode code, String application,
                                         WorkloadSettings settings, List<SqlStatement> script, boolean transactional)
            throws SQLException {
        OldApplicationRun run;
        try {
            run = OldApplicationRun.start(workload, code, application, settings);
        } catch (WorkloadProblem e) {
            return new ApplicationOutcome(null, null, e.getMessage());
        }
        String problem = null;
        ForwardTimeline forward = null;
        try {
            run.phase("forward");
            forward = ForwardTimeline.run(migrate, script, transactional);
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

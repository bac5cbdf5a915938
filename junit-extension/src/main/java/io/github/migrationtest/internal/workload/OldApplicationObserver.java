package io.github.migrationtest.internal.workload;

import io.github.migrationtest.Check;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.engine.StepContext;
import io.github.migrationtest.internal.engine.StepObserver;
import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.internal.workload.ApplicationRehearsal.ApplicationOutcome;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The OLD_APPLICATION check of one step: before forward, on a copy of the working database, the application runs
 * beside a forward run of its own ({@link ApplicationRehearsal}); the real forward run, and with it every data and
 * lock check, runs without it. Which application is judged is the one whose code is live during the step
 * ({@link DeployOrder}): the {@code @CurrentApplication} from the first post-deploy migration on.
 */
final class OldApplicationObserver implements StepObserver {

    static final String APPLICATION_NAME = "migrationtest-old-application";

    private final Applications applications;
    private ApplicationOutcome outcome;
    private DeployOrder.Live live;

    OldApplicationObserver(Applications applications) {
        this.applications = applications;
    }

    @Override
    public Set<Check> checks(Phase phase) {
        return phase == null || phase == Phase.FORWARD ? Set.of(Check.OLD_APPLICATION) : Set.of();
    }

    @Override
    public Watch before(Phase phase, StepContext step) throws SQLException {
        if (phase != Phase.FORWARD) {
            return Watch.NONE;
        }
        live = applications.order().live(step.history(), step.settings().seedAt(), step.migration());
        Optional<ApplicationCode> code = live.old() ? applications.old() : live.current() ? applications.current() : Optional.empty();
        if (code.isEmpty()) {
            return Watch.NONE;
        }
        DataSource copy = step.copyOfDatabase(APPLICATION_NAME);
        try {
            outcome = ApplicationRehearsal.run(copy, copy, code.get(), live.old() ? "old application" : "current application",
                    live.old() ? applications.settings() : applications.currentSettings(),
                    List.of(new ForwardTimeline.Script("", "forward", step.forwardStatements(),
                            step.migration().script().config().executeInTransaction())));
        } finally {
            close(code.get(), step);
        }
        return Watch.NONE;
    }

    private static void close(ApplicationCode code, StepContext step) {
        try {
            code.close();
        } catch (Exception e) {
            step.log(step.migration().displayName() + ": closing " + code.name() + " failed: " + e);
        }
    }

    @Override
    public void finish(StepContext step) {
        StepResult result = step.result();
        String name = step.migration().displayName();
        if (outcome == null) {
            boolean started = live != null && result.verdict(Check.FORWARD).outcome() != Verdict.Outcome.NOT_RUN;
            result.add(Check.OLD_APPLICATION, started ? Verdict.Outcome.PASSED : Verdict.Outcome.NOT_RUN,
                    started ? DeployMessages.notJudged(live) : "not checked: the forward run did not start");
            return;
        }
        ApplicationJudgement judgement = new ApplicationJudgement(name, outcome,
                result.verdict(Check.FORWARD).outcome() == Verdict.Outcome.FAILED);
        if (outcome.report() != null) {
            result.attach(outcome.report());
        }
        result.add(DeployMessages.judgedAgainst(live, judgement.verdict(ApplicationJudgement.allowed(result.takenOver()))));
        result.judgeAgainOnTakeOver(Check.OLD_APPLICATION,
                (current, takenOver) -> DeployMessages.judgedAgainst(live, judgement.verdict(ApplicationJudgement.allowed(takenOver))));
    }

    @Override
    public String queries() {
        return "a query of the old-application check";
    }
}

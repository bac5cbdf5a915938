package io.github.migrationtest.internal.plans;

import io.github.migrationtest.Check;
import io.github.migrationtest.TakeOver;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.database.ServerVersion;
import io.github.migrationtest.internal.engine.StepContext;
import io.github.migrationtest.internal.engine.StepObserver;
import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.internal.locks.ProductionRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan check of one step: the critical queries are planned before forward, after forward and after the down
 * script on the working database (see {@link PlanRecorder}); at the end the comparison becomes the PLANS verdict,
 * judged again whenever the test or the script takes a plan change over.
 */
final class PlanObserver implements StepObserver {

    static final String APPLICATION = "migrationtest-plans";

    private final PlanSettings settings;
    private final Map<String, Long> productionRows = new HashMap<>();
    private PlanRecorder recorder;
    private String refused;

    PlanObserver(PlanSettings settings) {
        this.settings = settings;
    }

    @Override
    public Set<Check> checks(Phase phase) {
        return phase == Phase.AGAIN ? Set.of() : Set.of(Check.PLANS);
    }

    @Override
    public Watch before(Phase phase, StepContext step) throws SQLException {
        if (phase == Phase.FORWARD && !settings.queries().isEmpty() && refused == null) {
            try (Connection c = PlanCapture.open(step.database(APPLICATION))) {
                recorder = new PlanRecorder(settings, major(c), step.ignoredTables());
                productionRows.putAll(ProductionRows.of(c, step.settings(), step.seeded()));
                recorder.beforeForward(c);
            } catch (PlanCapture.SettingRefused e) {
                refused = e.getMessage();
            }
        }
        return Watch.NONE;
    }

    @Override
    public void after(Phase phase, StepContext step) throws SQLException {
        if (recorder == null || refused != null || phase == Phase.AGAIN) {
            return;
        }
        try (Connection c = PlanCapture.open(step.database(APPLICATION))) {
            if (phase == Phase.FORWARD) {
                productionRows.putAll(ProductionRows.of(c, step.settings(), step.seeded()));
                recorder.afterForward(c);
            } else {
                recorder.afterBack(c);
            }
        } catch (PlanCapture.SettingRefused e) {
            refused = e.getMessage();
        }
    }

    @Override
    public void finish(StepContext step) {
        StepResult result = step.result();
        String name = step.migration().displayName();
        if (settings.queries().isEmpty()) {
            result.add(Check.PLANS, Verdict.Outcome.PASSED, StepPlans.NO_QUERIES);
            return;
        }
        if (refused != null) {
            result.add(Check.PLANS, Verdict.Outcome.FAILED, name + ": PLANS not judged: the server refuses a planner setting of"
                    + " migrationtest.plans.settings: " + refused + ". Correct or remove it.");
            return;
        }
        StepPlans plans = recorder == null ? StepPlans.notRun("not checked: the forward run did not start")
                : recorder.result(productionRows, step.settings().scale());
        result.attach(plans);
        result.add(PlanVerdict.of(name, plans, PlanTakeOvers.allowances(result.takenOver())));
        result.judgeAgainOnTakeOver(Check.PLANS, (current, takenOver) -> PlanVerdict.of(name, plans, PlanTakeOvers.allowances(takenOver)));
    }

    private static int major(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
            rs.next();
            return new ServerVersion(rs.getInt(1), "").major();
        }
    }

    @Override
    public String queries() {
        return "a query of the plan check";
    }
}

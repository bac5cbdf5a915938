package io.github.migrationtest.internal.engine;

import io.github.migrationtest.Check;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.database.ServerVersion;
import io.github.migrationtest.internal.plans.PlanCapture;
import io.github.migrationtest.internal.plans.PlanRecorder;
import io.github.migrationtest.internal.plans.PlanSettings;
import io.github.migrationtest.internal.plans.PlanVerdict;
import io.github.migrationtest.internal.plans.StepPlans;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The plan check of one step: the critical queries are planned before forward, after forward and after the down
 * script on the working database (see {@link PlanRecorder}); at the end the comparison becomes the PLANS verdict.
 */
final class PlanObserver implements StepObserver {

    static final String APPLICATION = "migrationtest-plans";

    private final PlanSettings settings;
    private final boolean seeded;
    private final Map<String, Long> productionRows = new HashMap<>();
    private PlanRecorder recorder;
    private String refused;

    PlanObserver(PlanSettings settings, boolean seeded) {
        this.settings = settings;
        this.seeded = seeded;
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
                productionRows.putAll(ProductionRows.of(c, step.settings(), seeded));
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
                productionRows.putAll(ProductionRows.of(c, step.settings(), seeded));
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
        if (settings.queries().isEmpty()) {
            result.add(Check.PLANS, Verdict.Outcome.PASSED, StepPlans.NO_QUERIES);
            return;
        }
        if (refused != null) {
            result.add(Check.PLANS, Verdict.Outcome.FAILED, step.migration().displayName() + ": PLANS not judged: the server"
                    + " refuses a planner setting of migrationtest.plans.settings: " + refused + ". Correct or remove it.");
            return;
        }
        result.plans = recorder == null ? StepPlans.notRun("not checked: the forward run did not start")
                : recorder.result(productionRows, step.settings().scale());
        result.add(PlanVerdict.of(step.migration().displayName(), result.plans, result.planAllowances()));
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

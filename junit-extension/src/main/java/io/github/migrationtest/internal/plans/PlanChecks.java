package io.github.migrationtest.internal.plans;

import io.github.migrationtest.Check;
import io.github.migrationtest.internal.engine.CheckModule;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import io.github.migrationtest.internal.engine.StepObserver;
import java.util.Set;

/** The plan check: the critical queries planned before and after each step and after its down script, judged as PLANS. */
public final class PlanChecks implements CheckModule {

    @Override
    public String name() {
        return "plan check";
    }

    @Override
    public Set<Check> checks() {
        return Set.of(Check.PLANS);
    }

    @Override
    public StepObserver observer(RehearsalSettings settings) {
        return new PlanObserver(settings.settingsOf(PlanSettings.class));
    }
}

package io.github.migrationtest.internal.data;

import io.github.migrationtest.Check;
import io.github.migrationtest.internal.engine.CheckModule;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import io.github.migrationtest.internal.engine.StepObserver;
import java.util.Set;

/** The data checks: fingerprints before and after each phase, judged as DATA_PRESERVED, DATA_RESTORED, DATA_REPRODUCED. */
public final class DataChecks implements CheckModule {

    @Override
    public String name() {
        return "data check";
    }

    @Override
    public Set<Check> checks() {
        return Set.of(Check.DATA_PRESERVED, Check.DATA_RESTORED, Check.DATA_REPRODUCED);
    }

    @Override
    public StepObserver observer(RehearsalSettings settings) {
        return new DataObserver(settings.checksOff());
    }
}

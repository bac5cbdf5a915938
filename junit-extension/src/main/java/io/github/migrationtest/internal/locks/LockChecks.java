package io.github.migrationtest.internal.locks;

import io.github.migrationtest.Check;
import io.github.migrationtest.internal.engine.CheckModule;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import io.github.migrationtest.internal.engine.StepObserver;
import java.util.Set;

/** The lock checks: sampler, probes and the trace on a copy, judged as BLOCKING and LOCK_RULES. */
public final class LockChecks implements CheckModule {

    @Override
    public String name() {
        return "lock check";
    }

    @Override
    public Set<Check> checks() {
        return Set.of(Check.BLOCKING, Check.LOCK_RULES);
    }

    @Override
    public Set<String> rules() {
        return LockRules.ids();
    }

    @Override
    public StepObserver observer(RehearsalSettings settings) {
        return new LockObserver(settings.settingsOf(LockSettings.class));
    }
}

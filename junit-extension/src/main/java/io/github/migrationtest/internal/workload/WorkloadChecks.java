package io.github.migrationtest.internal.workload;

import io.github.migrationtest.Check;
import io.github.migrationtest.internal.engine.CheckModule;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import io.github.migrationtest.internal.engine.StepObserver;
import java.util.Set;

/** The old-application check: the declared application runs beside a forward run on a copy, judged as OLD_APPLICATION. */
public final class WorkloadChecks implements CheckModule {

    @Override
    public String name() {
        return "old-application check";
    }

    @Override
    public Set<Check> checks() {
        return Set.of(Check.OLD_APPLICATION);
    }

    /** Without {@code @OldApplication} or {@code @CurrentApplication} it does nothing and gives no verdict. */
    @Override
    public StepObserver observer(RehearsalSettings settings) {
        Applications applications = settings.settingsOf(Applications.class);
        return applications.declared() ? new OldApplicationObserver(applications) : new StepObserver() { };
    }
}

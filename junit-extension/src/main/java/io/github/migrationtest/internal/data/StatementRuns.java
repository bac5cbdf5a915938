package io.github.migrationtest.internal.data;

import io.github.migrationtest.Check;
import io.github.migrationtest.internal.engine.CheckModule;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import io.github.migrationtest.internal.engine.StepObserver;
import java.util.Set;

/** Rows and time per data-changing statement: measured on every step, judged by no check. Must run first (it copies). */
public final class StatementRuns implements CheckModule {

    @Override
    public String name() {
        return "measurement of rows per statement";
    }

    @Override
    public Set<Check> checks() {
        return Set.of();
    }

    @Override
    public StepObserver observer(RehearsalSettings settings) {
        return new StatementRunObserver();
    }
}

package io.github.migrationtest.internal.checks;

import io.github.migrationtest.Check;
import io.github.migrationtest.internal.data.DataChecks;
import io.github.migrationtest.internal.data.StatementRuns;
import io.github.migrationtest.internal.engine.CheckModule;
import io.github.migrationtest.internal.locks.LockChecks;
import io.github.migrationtest.internal.plans.PlanChecks;
import io.github.migrationtest.internal.workload.WorkloadChecks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one place where checks are registered: every {@link CheckModule} a rehearsal runs around each step, in the
 * order their observers run. A new check is its own package with a {@code CheckModule} and one line here.
 */
public final class Checks {

    private Checks() {
    }

    /** The checks that {@code migrationtest.checks.off} may skip: every registered module's, in the order of {@link Check}. */
    public static Set<Check> skippable() {
        Set<Check> checks = EnumSet.noneOf(Check.class);
        all().forEach(module -> checks.addAll(module.checks()));
        return Collections.unmodifiableSet(checks);
    }

    public static List<CheckModule> all() {
        return List.of(
                new StatementRuns(),   // first: it copies the working database, which needs it without other connections
                new DataChecks(),
                new WorkloadChecks(),  // before the lock checks: it copies the working database before their sampler connects
                new LockChecks(),
                new PlanChecks());
    }
}

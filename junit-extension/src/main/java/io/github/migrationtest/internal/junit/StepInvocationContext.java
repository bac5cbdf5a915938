package io.github.migrationtest.internal.junit;

import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.internal.flyway.Migration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.opentest4j.AssertionFailedError;

/**
 * One {@link EachMigration} invocation: named after its migration, running its step before the method and judging it
 * by the default policy after ({@link RehearsedInvocation}).
 */
final class StepInvocationContext implements TestTemplateInvocationContext {

    private final Migration migration;
    private final Supplier<Rehearsal> rehearsal;

    StepInvocationContext(Migration migration, Supplier<Rehearsal> rehearsal) {
        this.migration = migration;
        this.rehearsal = rehearsal;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return migration.displayName();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new RehearsedInvocation<>(new Step(), StepResult.class));
    }

    /** The step's part: one that cannot be reached, or that the harness failed on, fails in {@code beforeEach} naming why. */
    private final class Step implements RehearsedInvocation.Subject<StepResult> {

        @Override
        public Class<?> parameterType() {
            return MigrationStep.class;
        }

        @Override
        public StepResult rehearse() {
            return MigrationTestExtension.guardedSql(() -> rehearsal.get().rehearse(migration));
        }

        @Override
        public Optional<AssertionFailedError> policyFailure(StepResult step) {
            return DefaultPolicy.failures(step.displayName(), step.unjudgedFailures(), step.seed());
        }

        @Override
        public void methodFailed(StepResult step, Throwable failure) {
            step.testFailed(failure);
        }

        @Override
        public void decide(Throwable cause, boolean aborted) {
            rehearsal.get().result(migration).ifPresent(step -> step.decide(cause, aborted));
        }
    }
}

package io.github.migrationtest.internal.junit;

import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.internal.flyway.Migration;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Runs one migration's step before its invocation, gives the method the {@link MigrationStep}, after the method
 * applies the default policy to whatever the method's assertions did not judge, and records how JUnit ended the
 * invocation as the step's one outcome.
 */
final class StepExtension implements BeforeEachCallback, ParameterResolver, InvocationInterceptor, TestWatcher {

    private final Migration migration;
    private final Supplier<Rehearsal> rehearsal;

    StepExtension(Migration migration, Supplier<Rehearsal> rehearsal) {
        this.migration = migration;
        this.rehearsal = rehearsal;
    }

    /** Rehearses the step; one that cannot be reached, or that the harness failed on, fails here naming why. */
    @Override
    public void beforeEach(ExtensionContext context) {
        StepResult step = MigrationTestExtension.guardedSql(() -> rehearsal.get().rehearse(migration));
        context.getStore(MigrationTestExtension.NAMESPACE).put(StepResult.class, step);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MigrationStep.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return step(context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context) throws Throwable {
        try {
            invocation.proceed();
        } catch (Throwable failure) {
            step(context).testFailed(failure);
            DefaultPolicy.failures(step(context)).ifPresent(failure::addSuppressed);
            throw failure;
        }
        DefaultPolicy.check(step(context));
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        decide(null, false);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        decide(cause, false);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        decide(cause, true);
    }

    /** The step's one outcome, as JUnit ended it, for the summary and the reports. */
    private void decide(Throwable cause, boolean aborted) {
        rehearsal.get().result(migration).ifPresent(step -> step.decide(cause, aborted));
    }

    private static StepResult step(ExtensionContext context) {
        return context.getStore(MigrationTestExtension.NAMESPACE).get(StepResult.class, StepResult.class);
    }
}

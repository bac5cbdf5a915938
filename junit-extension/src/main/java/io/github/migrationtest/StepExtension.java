package io.github.migrationtest;

import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.engine.StepNotRunnableException;
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
import org.opentest4j.TestAbortedException;

/**
 * Runs one migration's step before its invocation, gives the method the {@link MigrationStep}, and after the
 * method applies the default policy to whatever the method's assertions did not judge.
 */
final class StepExtension implements BeforeEachCallback, ParameterResolver, InvocationInterceptor {

    private final Migration migration;
    private final Supplier<Rehearsal> rehearsal;

    StepExtension(Migration migration, Supplier<Rehearsal> rehearsal) {
        this.migration = migration;
        this.rehearsal = rehearsal;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        try {
            StepResult step = MigrationTestExtension.guardedSql(() -> rehearsal.get().rehearse(migration));
            context.getStore(MigrationTestExtension.NAMESPACE).put(StepResult.class, step);
        } catch (StepNotRunnableException e) {
            throw new TestAbortedException(migration.displayName() + " was not rehearsed: " + e.getMessage(), e);
        }
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
            DefaultPolicy.failures(step(context)).ifPresent(failure::addSuppressed);
            throw failure;
        }
        DefaultPolicy.check(step(context));
    }

    private static StepResult step(ExtensionContext context) {
        return context.getStore(MigrationTestExtension.NAMESPACE).get(StepResult.class, StepResult.class);
    }
}

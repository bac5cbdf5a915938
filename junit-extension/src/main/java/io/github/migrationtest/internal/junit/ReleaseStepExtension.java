package io.github.migrationtest.internal.junit;

import io.github.migrationtest.ReleaseStep;
import io.github.migrationtest.internal.release.Release;
import io.github.migrationtest.internal.release.ReleaseRehearsal;
import io.github.migrationtest.internal.release.ReleaseResult;
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
 * Rehearses one release before its invocation, gives the method the {@link ReleaseStep}, after the method applies the
 * release policy to whatever the method's assertions did not judge, and records how JUnit ended the invocation.
 */
final class ReleaseStepExtension implements BeforeEachCallback, ParameterResolver, InvocationInterceptor, TestWatcher {

    private final Release release;
    private final Supplier<ReleaseRehearsal> releases;

    ReleaseStepExtension(Release release, Supplier<ReleaseRehearsal> releases) {
        this.release = release;
        this.releases = releases;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ReleaseResult result = MigrationTestExtension.guarded(() -> releases.get().rehearse(release));
        context.getStore(MigrationTestExtension.NAMESPACE).put(ReleaseResult.class, result);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ReleaseStep.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return result(context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context) throws Throwable {
        try {
            invocation.proceed();
        } catch (Throwable failure) {
            ReleasePolicy.failures(result(context)).ifPresent(failure::addSuppressed);
            throw failure;
        }
        ReleasePolicy.check(result(context));
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

    private void decide(Throwable cause, boolean aborted) {
        releases.get().result(release).ifPresent(result -> result.decide(cause, aborted));
    }

    private static ReleaseResult result(ExtensionContext context) {
        return context.getStore(MigrationTestExtension.NAMESPACE).get(ReleaseResult.class, ReleaseResult.class);
    }
}

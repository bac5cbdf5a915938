package io.github.migrationtest.internal.junit;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.AssertionFailedError;

/**
 * The JUnit side of one rehearsed invocation, a step's ({@code @EachMigration}) or a release's ({@code @EachRelease}):
 * rehearses before the method, gives the method the result, after the method applies the policy to whatever its
 * assertions did not judge, and records how JUnit ended the invocation as the result's one outcome.
 *
 * @param <R> the result: {@code StepResult} or {@code ReleaseResult}
 */
final class RehearsedInvocation<R> implements BeforeEachCallback, ParameterResolver, InvocationInterceptor, TestWatcher {

    /** What a step and a release do differently. */
    interface Subject<R> {

        /** The type of the method's parameter: {@code MigrationStep} or {@code ReleaseStep}. */
        Class<?> parameterType();

        /** Rehearses it; when the harness cannot, this throws, naming why. */
        R rehearse();

        /** The policy's failure for the failed checks the method's assertions did not judge, if any. */
        Optional<AssertionFailedError> policyFailure(R result);

        /** The method itself threw {@code failure}. */
        default void methodFailed(R result, Throwable failure) {
        }

        /** Records how JUnit ended the invocation (null: passed) on the latest result, when there is one. */
        void decide(Throwable cause, boolean aborted);
    }

    private final Subject<R> subject;
    private final Class<R> type;

    RehearsedInvocation(Subject<R> subject, Class<R> type) {
        this.subject = subject;
        this.type = type;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(MigrationTestExtension.NAMESPACE).put(type, subject.rehearse());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == subject.parameterType();
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
            subject.methodFailed(result(context), failure);
            subject.policyFailure(result(context)).ifPresent(failure::addSuppressed);
            throw failure;
        }
        Optional<AssertionFailedError> failure = subject.policyFailure(result(context));
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        subject.decide(null, false);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        subject.decide(cause, false);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        subject.decide(cause, true);
    }

    private R result(ExtensionContext context) {
        return context.getStore(MigrationTestExtension.NAMESPACE).get(type, type);
    }
}

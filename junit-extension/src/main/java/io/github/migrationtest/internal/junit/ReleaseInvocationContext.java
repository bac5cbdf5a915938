package io.github.migrationtest.internal.junit;

import io.github.migrationtest.EachRelease;
import io.github.migrationtest.ReleaseStep;
import io.github.migrationtest.internal.release.Release;
import io.github.migrationtest.internal.release.ReleaseRehearsal;
import io.github.migrationtest.internal.release.ReleaseResult;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.opentest4j.AssertionFailedError;

/**
 * One {@link EachRelease} invocation: named after its release, rehearsing it before the method and judging it by the
 * default policy after ({@link RehearsedInvocation}).
 */
final class ReleaseInvocationContext implements TestTemplateInvocationContext {

    private final Release release;
    private final Supplier<ReleaseRehearsal> releases;

    ReleaseInvocationContext(Release release, Supplier<ReleaseRehearsal> releases) {
        this.release = release;
        this.releases = releases;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return release.displayName();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new RehearsedInvocation<>(new ReleaseSubject(), ReleaseResult.class));
    }

    /** The release's part. */
    private final class ReleaseSubject implements RehearsedInvocation.Subject<ReleaseResult> {

        @Override
        public Class<?> parameterType() {
            return ReleaseStep.class;
        }

        @Override
        public ReleaseResult rehearse() {
            return MigrationTestExtension.guarded(() -> releases.get().rehearse(release));
        }

        @Override
        public Optional<AssertionFailedError> policyFailure(ReleaseResult result) {
            return DefaultPolicy.failures(result.displayName(), result.unjudgedFailures(), result.seed());
        }

        @Override
        public void decide(Throwable cause, boolean aborted) {
            releases.get().result(release).ifPresent(result -> result.decide(cause, aborted));
        }
    }
}

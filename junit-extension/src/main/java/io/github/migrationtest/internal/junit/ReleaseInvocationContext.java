package io.github.migrationtest.internal.junit;

import io.github.migrationtest.EachRelease;
import io.github.migrationtest.internal.release.Release;
import io.github.migrationtest.internal.release.ReleaseRehearsal;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/** One {@link EachRelease} invocation: named after its release, rehearsing it before the method. */
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
        return List.of(new ReleaseStepExtension(release, releases));
    }
}

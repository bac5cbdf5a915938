package io.github.migrationtest.internal.junit;

import io.github.migrationtest.EachRelease;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.MigrationTestConfiguration;
import io.github.migrationtest.ReleaseStep;
import io.github.migrationtest.internal.SettingLookup;
import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.release.ReleaseRehearsal;
import io.github.migrationtest.internal.release.ReleaseResult;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit binding of {@link MigrationTest#releases()}: checks the list before any database starts and hands each
 * {@link EachRelease} invocation its release. The work is done by {@code internal.release.ReleaseRehearsal}.
 * Registered by {@code @MigrationTest}, after {@link MigrationTestExtension}.
 */
public final class ReleaseExtension implements BeforeAllCallback, TestTemplateInvocationContextProvider, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        releases(context);
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getTestMethod(), EachRelease.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        ReleaseRehearsal releases = releases(context);
        if (releases.releases().isEmpty()) {
            List<String> steps = MigrationTestExtension.rehearsal(context).steps().stream().map(m -> m.versionText()).toList();
            throw new ExtensionConfigurationException("@EachRelease has no release to rehearse: @MigrationTest(releases = …) lists none."
                    + " List the last version of each release, in version order, e.g. releases = {\""
                    + (steps.isEmpty() ? "1" : steps.get(steps.size() - 1)) + "\"}, or set " + MigrationTestConfiguration.RELEASES + ".");
        }
        return releases.releases().stream().map(r -> new ReleaseInvocationContext(r, () -> releases));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ReleaseStep.class && !supportsTestTemplate(context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        throw new ParameterResolutionException("A ReleaseStep is given only to @EachRelease methods, not to "
                + context.getRequiredTestMethod().getName() + "(). Annotate it with @EachRelease, or take a MigrationHarness instead.");
    }

    /** The class's releases, cut from its history on first use; a wrong {@code releases} fails here, naming the version. */
    static ReleaseRehearsal releases(ExtensionContext context) {
        Rehearsal rehearsal = MigrationTestExtension.rehearsal(context);
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(MigrationTestExtension.NAMESPACE).getOrComputeIfAbsent(ReleaseRehearsal.class,
                k -> MigrationTestExtension.guarded(() -> ReleaseRehearsal.of(rehearsal, listed(classContext),
                        MigrationTestExtension::log)), ReleaseRehearsal.class);
    }

    /** The releases rehearsed in the class so far, for the reports; empty when it has none. */
    static List<ReleaseResult> results(ExtensionContext context) {
        ReleaseRehearsal releases = classContext(context).getStore(MigrationTestExtension.NAMESPACE).get(ReleaseRehearsal.class, ReleaseRehearsal.class);
        return releases == null ? List.of() : releases.results();
    }

    /** {@code releases} on the annotation ► configuration parameter ► environment variable ► none. */
    private static List<String> listed(ExtensionContext classContext) {
        String[] attribute = AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), MigrationTest.class)
                .map(MigrationTest::releases).orElse(new String[0]);
        String key = MigrationTestConfiguration.RELEASES;
        String joined = attribute.length > 0 ? String.join(",", attribute) : classContext.getConfigurationParameter(key)
                .or(() -> SettingLookup.environment().find(key)).orElse("");
        return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }
}

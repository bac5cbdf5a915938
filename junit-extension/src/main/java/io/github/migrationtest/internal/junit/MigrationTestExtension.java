package io.github.migrationtest.internal.junit;

import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationHarness;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.QuietLogging;
import io.github.migrationtest.internal.checks.Checks;
import io.github.migrationtest.internal.database.Connections;
import io.github.migrationtest.internal.database.LazyServer;
import io.github.migrationtest.internal.engine.HarnessSession;
import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import io.github.migrationtest.internal.engine.Summary;
import io.github.migrationtest.internal.flyway.FlywaySettings;
import io.github.migrationtest.internal.flyway.FlywayVersions;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.MigrationScripts;
import io.github.migrationtest.internal.release.ReleaseRehearsal;
import io.github.migrationtest.internal.release.ReleaseResult;
import io.github.migrationtest.internal.report.Reports;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit binding of {@link MigrationTest}: reads the settings, hands each {@link EachMigration} invocation
 * its step and each {@code @Test} its {@link MigrationHarness}. The work is done by the engine
 * ({@code internal.engine.Rehearsal}), which knows nothing of JUnit. Registered by {@code @MigrationTest}.
 */
public final class MigrationTestExtension implements BeforeAllCallback, AfterAllCallback, TestTemplateInvocationContextProvider, ParameterResolver {

    static final Namespace NAMESPACE = Namespace.create(MigrationTestExtension.class);
    private static final String LOG_PREFIX = "[migrationtest] ";

    static {
        QuietLogging.apply();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        JUnitVersion.check();
        rehearsal(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Rehearsal rehearsal = context.getStore(NAMESPACE).get(Rehearsal.class, Rehearsal.class);
        List<ReleaseResult> releases = ReleaseExtension.results(context);
        if (rehearsal != null && (!rehearsal.results().isEmpty() || !releases.isEmpty())) {
            if (!rehearsal.results().isEmpty()) {
                log(Summary.table(rehearsal.settings().name(), rehearsal.results()));
            }
            releases.forEach(release -> log(ReleaseRehearsal.summary(release)));
            PublishedReports.publish(context, Reports.write(rehearsal, releases, Reports.githubStepSummary()), MigrationTestExtension::log);
        }
        if (rehearsal != null) {
            rehearsal.failIfSeedPointFailed();
        }
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getTestMethod(), EachMigration.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Rehearsal rehearsal = rehearsal(context);
        List<Migration> steps = guarded(rehearsal::steps);
        if (steps.isEmpty()) {
            throw new ExtensionConfigurationException("@EachMigration has no migration to rehearse: every migration is at or before seedAt = \""
                    + rehearsal.settings().seedAt().orElse("") + "\". Lower seedAt or add a migration.");
        }
        return steps.stream().map(m -> new StepInvocationContext(m, () -> rehearsal));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MigrationHarness.class || (type == MigrationStep.class && !supportsTestTemplate(context));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == MigrationStep.class) {
            throw new ParameterResolutionException("A MigrationStep is given only to @EachMigration methods, not to "
                    + context.getRequiredTestMethod().getName() + "(). Annotate it with @EachMigration, or take a MigrationHarness instead.");
        }
        Rehearsal rehearsal = rehearsal(context);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(HarnessSession.class, k -> guardedSql(rehearsal::newHarness), HarnessSession.class);
    }

    /** The class's rehearsal, created on first use; closed (its databases dropped) when the class ends. */
    static Rehearsal rehearsal(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Rehearsal.class, k -> guarded(() -> {
            RehearsalSettings settings = SettingsResolver.resolve(classContext);
            ClassLoader loader = classContext.getRequiredTestClass().getClassLoader();
            FlywayVersions.check(MigrationTestExtension::log);
            List<Migration> migrations = MigrationScripts.load(loader, settings.locations(), settings.undoLocations());
            settings.settingsOf(io.github.migrationtest.internal.workload.Applications.class).order().postDeploy()
                    .check(migrations, settings.locations());
            FlywaySettings.check(settings.flyway(), loader, migrations);
            Connections connections = new Connections(new LazyServer(settings.database(), settings.allowExternal(), settings.dockerImage(), MigrationTestExtension::log), settings.timeouts());
            Rehearsal created = new Rehearsal(settings, Checks.all(), migrations, loader, connections, MigrationTestExtension::log);
            created.steps();
            return created;
        }), Rehearsal.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    /** Turns a configuration problem into the JUnit exception that names the setting. */
    static <T> T guarded(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ConfigurationProblem e) {
            throw new ExtensionConfigurationException(ConfigurationMessage.of(e), e);
        }
    }

    static <T> T guardedSql(SqlWork<T> work) {
        return guarded(() -> {
            try {
                return work.get();
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")", e);
            }
        });
    }

    static void log(String line) {
        System.out.println(LOG_PREFIX + line.replace("\n", "\n" + LOG_PREFIX));
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T get() throws SQLException;
    }
}

package io.github.migrationtest.internal.junit;

import static io.github.migrationtest.MigrationTestConfiguration.*;

import io.github.migrationtest.OldApplication;

import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.workload.ApplicationCode;
import io.github.migrationtest.internal.workload.Applications;
import io.github.migrationtest.internal.workload.DeployOrder;
import io.github.migrationtest.internal.workload.ClassCode;
import io.github.migrationtest.internal.workload.JarCode;
import io.github.migrationtest.internal.workload.SqlFileCode;
import io.github.migrationtest.internal.workload.WorkloadSettings;
import io.github.migrationtest.spi.Workload;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Reads {@code @OldApplication} and {@code @CurrentApplication} of a test class and the settings of their runs. */
final class ApplicationsResolver {

    private ApplicationsResolver() {
    }

    static Applications resolve(Class<?> testClass, Lookup lookup, DeployOrder order) {
        Optional<ApplicationDeclaration> old = ApplicationDeclaration.old(testClass);
        Optional<ApplicationDeclaration> current = ApplicationDeclaration.current(testClass);
        if (old.isEmpty() && current.isEmpty()) {
            return new Applications(Optional.empty(), Optional.empty(), WorkloadSettings.DEFAULTS, WorkloadSettings.DEFAULTS, order);
        }
        WorkloadSettings settings = settings(lookup);
        return new Applications(old.map(a -> code(a, testClass)), current.map(a -> code(a, testClass)),
                old.map(a -> threads(settings, a)).orElse(settings), current.map(a -> threads(settings, a)).orElse(settings), order);
    }

    private static ApplicationCode code(ApplicationDeclaration a, Class<?> testClass) {
        String annotation = a.annotation();
        int given = (a.workload() != Workload.class ? 1 : 0) + (a.statements().isBlank() ? 0 : 1) + (a.jar().isBlank() ? 0 : 1);
        if (given != 1) {
            throw new ConfigurationProblem(annotation, annotation + " on " + testClass.getSimpleName() + " needs exactly one of"
                    + " workload (a Workload class), statements (a SQL file) or jar (with jarWorkload), but has " + given + ".");
        }
        if (!a.jar().isBlank() && a.jarWorkload().isBlank()) {
            throw new ConfigurationProblem(annotation, annotation + "(jar = \"" + a.jar() + "\") needs jarWorkload: the fully"
                    + " qualified name of the Workload class compiled in that jar.");
        }
        return a.workload() != Workload.class ? new ClassCode(a.workload())
                : !a.statements().isBlank() ? new SqlFileCode(a.statements(), testClass.getClassLoader())
                : new JarCode(Path.of(a.jar()), a.jarWorkload());
    }

    private static WorkloadSettings threads(WorkloadSettings settings, ApplicationDeclaration a) {
        if (a.threads() == OldApplication.UNSET) {
            return settings;
        }
        if (a.threads() < 1 || a.threads() > 256) {
            throw new ConfigurationProblem(a.annotation(), a.annotation() + "(threads = " + a.threads() + ") must be from 1 to 256.");
        }
        return settings.withThreads(a.threads());
    }

    private static WorkloadSettings settings(Lookup lookup) {
        int warmup = (int) number(lookup, OLD_APPLICATION_WARMUP_CALLS, OLD_APPLICATION_WARMUP_CALLS_DEFAULT, 6, 100_000);
        return new WorkloadSettings(
                (int) number(lookup, OLD_APPLICATION_THREADS, OLD_APPLICATION_THREADS_DEFAULT, 1, 256), warmup,
                (int) number(lookup, OLD_APPLICATION_AFTER_CALLS, OLD_APPLICATION_AFTER_CALLS_DEFAULT, 1, 100_000),
                duration(lookup, OLD_APPLICATION_AFTER, OLD_APPLICATION_AFTER_DEFAULT, false),
                duration(lookup, OLD_APPLICATION_TIMEOUT, OLD_APPLICATION_TIMEOUT_DEFAULT, true),
                number(lookup, OLD_APPLICATION_MAX_CALLS, OLD_APPLICATION_MAX_CALLS_DEFAULT, 1, Long.MAX_VALUE),
                duration(lookup, OLD_APPLICATION_PAUSE, OLD_APPLICATION_PAUSE_DEFAULT, false));
    }

    private static long number(Lookup lookup, String key, String defaultValue, long min, long max) {
        String value = lookup.text("", key, defaultValue).replace("_", "");
        try {
            long n = Long.parseLong(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationProblem(key, key + " must be a whole number from " + min + (max == Long.MAX_VALUE ? " up" : " to " + max)
                + (key.equals(OLD_APPLICATION_WARMUP_CALLS) ? " (past PgJDBC's server-prepare threshold of 5)" : "")
                + ", but is \"" + value + "\".");
    }

    private static Duration duration(Lookup lookup, String key, String defaultValue, boolean positive) {
        Duration d = DurationParser.parse(key, lookup.text("", key, defaultValue));
        if (d.isNegative() || (positive && d.isZero())) {
            throw new ConfigurationProblem(key, key + " must be " + (positive ? "longer than 0 ms" : "0 ms or longer")
                    + ", e.g. " + defaultValue + ".");
        }
        return d;
    }

    /** The settings lookup in layers: attribute ► configuration parameter ► environment ► default. */
    @FunctionalInterface
    interface Lookup {
        String text(String attribute, String key, String defaultValue);
    }
}

package io.github.migrationtest.internal.junit;

import static io.github.migrationtest.MigrationTestConfiguration.*;

import io.github.migrationtest.CurrentApplication;
import io.github.migrationtest.OldApplication;

import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.workload.ApplicationCode;
import io.github.migrationtest.internal.workload.Applications;
import io.github.migrationtest.internal.workload.ClassCode;
import io.github.migrationtest.internal.workload.JarCode;
import io.github.migrationtest.internal.workload.SqlFileCode;
import io.github.migrationtest.internal.workload.WorkloadSettings;
import io.github.migrationtest.spi.Workload;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/** Reads {@code @OldApplication} and {@code @CurrentApplication} of a test class and the settings of their runs. */
final class ApplicationsResolver {

    private ApplicationsResolver() {
    }

    static Applications resolve(Class<?> testClass, Lookup lookup) {
        Optional<OldApplication> old = AnnotationSupport.findAnnotation(testClass, OldApplication.class);
        Optional<CurrentApplication> current = AnnotationSupport.findAnnotation(testClass, CurrentApplication.class);
        if (old.isEmpty() && current.isEmpty()) {
            return Applications.NONE;
        }
        WorkloadSettings settings = settings(lookup);
        return new Applications(
                old.map(a -> code("@OldApplication", a.workload(), a.statements(), a.jar(), a.jarWorkload(), testClass)),
                current.map(a -> code("@CurrentApplication", a.workload(), a.statements(), a.jar(), a.jarWorkload(), testClass)),
                threads(settings, old.map(OldApplication::threads).orElse(OldApplication.UNSET), "@OldApplication"),
                threads(settings, current.map(CurrentApplication::threads).orElse(OldApplication.UNSET), "@CurrentApplication"));
    }

    private static ApplicationCode code(String annotation, Class<? extends Workload> workload, String statements, String jar,
                                        String jarWorkload, Class<?> testClass) {
        int given = (workload != Workload.class ? 1 : 0) + (statements.isBlank() ? 0 : 1) + (jar.isBlank() ? 0 : 1);
        if (given != 1) {
            throw new ConfigurationProblem(annotation, annotation + " on " + testClass.getSimpleName() + " needs exactly one of"
                    + " workload (a Workload class), statements (a SQL file) or jar (with jarWorkload), but has " + given + ".");
        }
        if (!jar.isBlank() && jarWorkload.isBlank()) {
            throw new ConfigurationProblem(annotation, annotation + "(jar = \"" + jar + "\") needs jarWorkload: the fully"
                    + " qualified name of the Workload class compiled in that jar.");
        }
        return workload != Workload.class ? new ClassCode(workload)
                : !statements.isBlank() ? new SqlFileCode(statements, testClass.getClassLoader())
                : new JarCode(Path.of(jar), jarWorkload);
    }

    private static WorkloadSettings threads(WorkloadSettings settings, int threads, String annotation) {
        if (threads == OldApplication.UNSET) {
            return settings;
        }
        if (threads < 1 || threads > 256) {
            throw new ConfigurationProblem(annotation, annotation + "(threads = " + threads + ") must be from 1 to 256.");
        }
        return settings.withThreads(threads);
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

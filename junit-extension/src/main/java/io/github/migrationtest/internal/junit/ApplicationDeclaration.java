package io.github.migrationtest.internal.junit;

import io.github.migrationtest.CurrentApplication;
import io.github.migrationtest.OldApplication;
import io.github.migrationtest.spi.Workload;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What {@code @OldApplication} and {@code @CurrentApplication} say, in one shape: the two annotations have the same
 * attributes and are read by one code path ({@link ApplicationsResolver}).
 *
 * @param annotation  {@code @OldApplication} or {@code @CurrentApplication}, for messages
 * @param workload    the Workload class, or {@code Workload.class} when not given
 * @param statements  the SQL file, or blank
 * @param jar         the release's jar, or blank
 * @param jarWorkload the Workload class compiled in the jar, or blank
 * @param threads     the threads, or {@link OldApplication#UNSET}
 */
record ApplicationDeclaration(String annotation, Class<? extends Workload> workload, String statements, String jar,
                              String jarWorkload, int threads) {

    static Optional<ApplicationDeclaration> old(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, OldApplication.class).map(a -> new ApplicationDeclaration(
                "@OldApplication", a.workload(), a.statements(), a.jar(), a.jarWorkload(), a.threads()));
    }

    static Optional<ApplicationDeclaration> current(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, CurrentApplication.class).map(a -> new ApplicationDeclaration(
                "@CurrentApplication", a.workload(), a.statements(), a.jar(), a.jarWorkload(), a.threads()));
    }
}

package io.github.migrationtest;

import io.github.migrationtest.spi.Workload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The release that is live while the migrations run: its code runs on several threads from before each step's forward
 * run until shortly after it (on a copy of the working database, beside a forward run of its own, so that its writes
 * never reach the data checks), and the step fails ({@link Check#OLD_APPLICATION}) on any error it did not already
 * have before the migration. Give exactly one of {@link #workload}, {@link #statements} or {@link #jar}.
 *
 * <pre>{@code @OldApplication(workload = ShopRelease14.class, threads = 8)}</pre>
 *
 * Migrations marked {@code -- migrationtest: post-deploy} (or in {@link MigrationTest#postDeployLocations()}) run after
 * the new code is live: the old application is not judged against them nor against any later migration, a
 * {@link CurrentApplication} is.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface OldApplication {

    /** Sentinel of {@link #threads}: {@code migrationtest.old-application.threads} applies. */
    int UNSET = -1;

    /** A {@link Workload} class in the test sources (public, with a no-argument constructor). */
    Class<? extends Workload> workload() default Workload.class;

    /**
     * A SQL file of the release's statements, each under a {@code -- name: <name>} header, e.g.
     * {@code classpath:old-release/queries.sql}; {@code :customers.id} stands for a value of an existing row.
     */
    String statements() default "";

    /** The old release's jar (a path, e.g. one Maven copied to {@code target/}), with {@link #jarWorkload}. */
    String jar() default "";

    /** The fully qualified name of the {@link Workload} class compiled in {@link #jar}. */
    String jarWorkload() default "";

    /** Threads that run the workload at once; {@link #UNSET}: {@code migrationtest.old-application.threads}. */
    int threads() default UNSET;
}

package io.github.migrationtest;

import io.github.migrationtest.spi.Workload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The release deployed with the migrations: judged instead of {@link OldApplication} once its code is live, that is
 * from the first post-deploy migration on (marked {@code -- migrationtest: post-deploy} or in
 * {@link MigrationTest#postDeployLocations()}), later migrations included; with {@link MigrationTest#releases()}, the
 * code of the first release, live from its first post-deploy migration or after its last one. Same shape and settings
 * as {@link OldApplication}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface CurrentApplication {

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

package io.github.migrationtest;

import io.github.migrationtest.internal.junit.MigrationTestExtension;
import io.github.migrationtest.internal.junit.ReleaseExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rehearses the Flyway history of the class on a real PostgreSQL: every migration after {@link #seedAt()}
 * runs forward, back (its {@code U} script) and forward again, once per {@link EachMigration} invocation.
 *
 * <p>Attributes left at their defaults fall back to the configuration parameter named in their Javadoc
 * ({@code -D…} or {@code junit-platform.properties}), then to the environment variable of the same name in
 * upper case with underscores ({@code MIGRATIONTEST_SEED}), then to the built-in default.
 * May be used as a meta-annotation to build a team's own annotation.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@ExtendWith({MigrationTestExtension.class, ReleaseExtension.class})
@Tag("migration")
public @interface MigrationTest {

    /** Sentinel for "not set here": the configuration parameter or default applies. */
    String UNSET = "";

    /** Sentinel for numbers that are "not set here". */
    long UNSET_NUMBER = -1;

    /** Where the {@code V} scripts are; default {@value MigrationTestConfiguration#LOCATIONS_DEFAULT} ({@value MigrationTestConfiguration#LOCATIONS}). */
    String[] locations() default {};

    /** Where the {@code U} (down) scripts are; default {@value MigrationTestConfiguration#UNDO_LOCATIONS_DEFAULT} ({@value MigrationTestConfiguration#UNDO_LOCATIONS}). */
    String[] undoLocations() default {};

    /**
     * Where the post-deploy migrations are, e.g. {@code "classpath:db/post-deploy"}: {@code V} scripts that Flyway
     * applies with those of {@link #locations()}, by version, and that run once the new code is live (as if each said
     * {@code -- migrationtest: post-deploy}); default none ({@value MigrationTestConfiguration#POST_DEPLOY_LOCATIONS}).
     */
    String[] postDeployLocations() default {};

    /** Whether a migration without a down script fails its step; default true ({@value MigrationTestConfiguration#REQUIRE_UNDO}). */
    Requirement requireUndo() default Requirement.DEFAULT;

    /** The version applied (and seeded) before the first rehearsed step; default none: every migration is rehearsed ({@value MigrationTestConfiguration#SEED_AT}). */
    String seedAt() default UNSET;

    /** Rows per table when seeding; default {@value MigrationTestConfiguration#ROWS_DEFAULT} ({@value MigrationTestConfiguration#ROWS}). */
    long rows() default UNSET_NUMBER;

    /** The random seed of the synthetic data; default {@value MigrationTestConfiguration#SEED_DEFAULT} ({@value MigrationTestConfiguration#SEED}). */
    long seed() default UNSET_NUMBER;

    /**
     * The last version of each release, in version order, e.g. {@code {"6", "9"}}: release 6 is every migration after
     * the seed point up to V6, release 9 those after V6 up to V9. Each is rehearsed by {@link EachRelease} as one deploy.
     * Every version must be a migration's and after {@link #seedAt()}; default none ({@value MigrationTestConfiguration#RELEASES}).
     */
    String[] releases() default {};

    /** Flyway settings for the rehearsal, as Flyway names them: {@code "flyway.placeholders.owner=shop"}, {@code "flyway.table=history"}. */
    String[] flyway() default {};

    /** A three-valued switch: set true, set false, or left to configuration. */
    enum Requirement {
        TRUE, FALSE, DEFAULT
    }
}

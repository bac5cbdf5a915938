package io.github.migrationtest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;

/**
 * Runs the method once per release listed in {@link MigrationTest#releases()} after the seed point, in version order,
 * each invocation named after its release ({@code release 6 (V5 to V6)}) and given its {@link ReleaseStep}: every
 * migration of the release forward as one deploy, then the whole release back through its down scripts in reverse
 * order, then forward again. The default checks (forward, down scripts, back, schema and data restored, again,
 * schema and data reproduced) fail the invocation even when the method asserts nothing; an assertion on the release that
 * judges the same check replaces the default for that release.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
public @interface EachRelease {
}

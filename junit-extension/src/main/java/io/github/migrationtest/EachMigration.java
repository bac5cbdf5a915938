package io.github.migrationtest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;

/**
 * Runs the method once per rehearsed migration, in version order, each invocation named after its migration
 * ({@code V3 index email}) and given its {@link MigrationStep}. The default checks (forward, back, forward
 * again, schema restored and reproduced) fail the invocation even when the method asserts nothing; an
 * assertion on the step that judges the same check replaces the default for that step.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
public @interface EachMigration {
}

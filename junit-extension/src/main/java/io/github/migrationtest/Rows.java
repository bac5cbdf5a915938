package io.github.migrationtest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How many rows to seed into one table, overriding {@link MigrationTest#rows()} for it. The count is a
 * production size: {@code migrationtest.scale} multiplies it for the run, lock rules judge by it as written.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@Repeatable(Rows.List.class)
public @interface Rows {

    /** The table, optionally schema-qualified: {@code orders} or {@code sales.orders}. */
    String table();

    /** The number of rows before {@code migrationtest.scale} is applied. */
    long count();

    /** Holds repeated {@link Rows}. */
    @Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Inherited
    @Documented
    @interface List {
        Rows[] value();
    }
}

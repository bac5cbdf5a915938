package io.github.migrationtest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query whose plan every step must keep (check PLANS): planned with {@code EXPLAIN} before the migration, after it
 * and after its down script, on the analyzed, seeded database. Parameters {@code $1}, {@code $2} … are planned as a
 * generic plan. More queries can come from {@code queries.sql} files ({@code migrationtest.plans.queries}).
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@Repeatable(CriticalQuery.List.class)
public @interface CriticalQuery {

    /** How messages, assertions ({@code query(name)}) and reports name the query, e.g. {@code orders of a customer}. */
    String name();

    /** One SELECT (or any statement EXPLAIN accepts), optionally with {@code $1}, {@code $2} … parameters. */
    String sql();

    /** Holds repeated {@link CriticalQuery}. */
    @Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Inherited
    @Documented
    @interface List {
        CriticalQuery[] value();
    }
}

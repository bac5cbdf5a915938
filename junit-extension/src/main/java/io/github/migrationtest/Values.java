package io.github.migrationtest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values to seed into one column, instead of the generated ones; exactly one of {@link #sql()} and {@link #faker()}.
 * <pre>{@code
 * @Values(column = "users.login", sql = "'user_' || n")
 * @Values(column = "users.name", faker = "#{Name.firstName}")
 * }</pre>
 * Part of the seed-cache key: changing one seeds again.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@Repeatable(Values.List.class)
public @interface Values {

    /** The column: {@code table.column} or {@code schema.table.column}. */
    String column();

    /**
     * An SQL expression over the row number {@code n} (1, 2, …), evaluated by the server and cast to the column's type:
     * {@code "'user_' || n"}, {@code "n * 10"}, {@code "make_date(2024, 1, 1) + (n % 365)::int"}.
     */
    String sql() default "";

    /** A Datafaker expression, evaluated per row on the column's seeded stream: {@code "#{Internet.emailAddress}"}. */
    String faker() default "";

    /** Holds repeated {@link Values}. */
    @Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Inherited
    @Documented
    @interface List {
        Values[] value();
    }
}

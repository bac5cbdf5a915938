package io.github.migrationtest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link SeederCustomizer} that has the last word on seeding at the seed point:
 * {@code @CustomizeSeeder(ShopSeeding.class)}. Its class name and the resulting plan are part of the seed-cache key.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface CustomizeSeeder {

    Class<? extends SeederCustomizer> value();
}

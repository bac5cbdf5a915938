package io.github.migrationtest;

import io.github.migrationtest.fixtures.Seeder;

/**
 * Full programmatic control of seeding at the seed point, named by {@link CustomizeSeeder}: receives the
 * {@link Seeder} configured from {@code @MigrationTest}, {@code @Rows} and {@code @Values} and returns the one to run.
 * Needs a public no-argument constructor. A customizer that adds {@code Generators.of(lambda)} overrides makes the
 * seeded template uncacheable (the lambda cannot be hashed); {@code Generators.sql}, {@code expression} and
 * {@code oneOf} keep it cacheable.
 */
@FunctionalInterface
public interface SeederCustomizer {

    Seeder customize(Seeder seeder);
}

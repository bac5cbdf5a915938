/**
 * Seeding glue: the seed plan and seed point, the seed-cache key and the top-up of tables created after the seed point.
 *
 * <p><strong>Internal: not API.</strong> Nothing here is covered by compatibility promises; use the
 * {@code io.github.migrationtest}, {@code .assertj} and {@code .spi} packages instead.
 */
package io.github.migrationtest.internal.seeding;

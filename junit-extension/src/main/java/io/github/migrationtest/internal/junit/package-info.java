/**
 * The JUnit adapter: the extensions behind @MigrationTest and @EachMigration, settings from JUnit's configuration parameters, published reports.
 *
 * <p><strong>Internal: not API.</strong> Nothing here is covered by compatibility promises; use the
 * {@code io.github.migrationtest}, {@code .assertj} and {@code .spi} packages instead.
 */
package io.github.migrationtest.internal.junit;

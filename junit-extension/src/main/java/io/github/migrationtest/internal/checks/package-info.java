/**
 * The registration of every check ({@link io.github.migrationtest.internal.checks.Checks}): the only package that
 * knows them all, above the lifecycle ({@code internal.engine}) and the check packages.
 *
 * <p><strong>Internal: not API.</strong> Nothing here is covered by compatibility promises; use the
 * {@code io.github.migrationtest}, {@code .assertj} and {@code .spi} packages instead.
 */
package io.github.migrationtest.internal.checks;

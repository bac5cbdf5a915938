/**
 * What every internal package shares: configuration problems and quiet logging.
 *
 * <p><strong>Internal: not API.</strong> Nothing under {@code io.github.migrationtest.internal} is covered by
 * compatibility promises; use the {@code io.github.migrationtest}, {@code .assertj} and {@code .spi} packages instead.
 */
package io.github.migrationtest.internal;

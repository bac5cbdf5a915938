/**
 * Schema snapshots and their semantic diff.
 *
 * <p><strong>Internal: not API.</strong> Nothing here is covered by compatibility promises; use the
 * {@code io.github.migrationtest}, {@code .assertj} and {@code .spi} packages instead.
 */
package io.github.migrationtest.internal.schema;

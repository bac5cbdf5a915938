/**
 * Releases: a release (the migrations up to a version listed in {@code releases}) rehearsed as one deploy on a
 * database at the previous release: forward, back through its down scripts in reverse order, forward again; its
 * verdicts, messages and the hook where the old-application workload runs around forward and back.
 *
 * <p><strong>Internal: not API.</strong> Nothing here is covered by compatibility promises; use the
 * {@code io.github.migrationtest}, {@code .assertj} and {@code .spi} packages instead.
 */
package io.github.migrationtest.internal.release;

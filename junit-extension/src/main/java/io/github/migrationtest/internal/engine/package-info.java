/**
 * The step lifecycle: the rehearsal of one history, the run of one step (forward, back, forward again), the observer contract and the step context.
 *
 * <p><strong>Internal: not API.</strong> Nothing here is covered by compatibility promises; use the
 * {@code io.github.migrationtest}, {@code .assertj} and {@code .spi} packages instead.
 */
package io.github.migrationtest.internal.engine;

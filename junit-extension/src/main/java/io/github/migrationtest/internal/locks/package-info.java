/**
 * The lock checks: sampler, blocking probes, the lock trace on a copy, lock rules, their judge, messages and settings.
 *
 * <p><strong>Internal: not API.</strong> Nothing here is covered by compatibility promises; use the
 * {@code io.github.migrationtest}, {@code .assertj} and {@code .spi} packages instead.
 */
package io.github.migrationtest.internal.locks;

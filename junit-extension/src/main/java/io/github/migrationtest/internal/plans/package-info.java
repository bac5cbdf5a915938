/**
 * The plan check: critical queries planned with EXPLAIN before and after each step and after its down script, compared
 * by structure, their findings, verdict, messages, settings and report section.
 *
 * <p><strong>Internal: not API.</strong> Nothing here is covered by compatibility promises; use the
 * {@code io.github.migrationtest}, {@code .assertj} and {@code .spi} packages instead.
 */
package io.github.migrationtest.internal.plans;

/**
 * The old-application check: the release that is live during a deploy runs beside a forward run on a copy
 * ({@link io.github.migrationtest.internal.workload.OldApplicationRun}: HikariCP pool, threads, phases), its failures
 * grouped by SQLSTATE, statement and frame, judged as OLD_APPLICATION; the three ways to give its code.
 *
 * <p><strong>Internal: not API.</strong> Nothing here is covered by compatibility promises; use the
 * {@code io.github.migrationtest}, {@code .assertj} and {@code .spi} packages instead.
 */
package io.github.migrationtest.internal.workload;

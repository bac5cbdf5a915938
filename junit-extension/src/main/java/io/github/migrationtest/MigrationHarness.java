package io.github.migrationtest;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Programmatic control of a fresh copy of the rehearsal database (seeded, at the seed point), injected
 * into {@code @Test} methods of a {@link MigrationTest} class. Each test gets its own copy; it is dropped
 * after the test.
 */
public interface MigrationHarness {

    /** Migrates forward to the version (Flyway {@code target}). */
    MigrationHarness migrateTo(String version);

    /** Runs the down script of the version, which must be the latest applied migration. */
    MigrationHarness undo(String version);

    /** The latest applied version, or empty when none is applied. */
    String currentVersion();

    /** A data source for this copy; every connection carries the harness timeouts. */
    DataSource dataSource();

    /** Runs SQL statements (several may be separated by semicolons). */
    MigrationHarness execute(String sql);

    /** The first column of every row of the query. */
    List<Object> queryForList(String sql);

    /** Every row of the query as column → value. */
    List<Map<String, Object>> queryForRows(String sql);
}

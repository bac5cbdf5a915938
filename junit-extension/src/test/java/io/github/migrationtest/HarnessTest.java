package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Each @Test gets its own copy of the seed point, and can walk the history forward and back. */
class HarnessTest {

    @Test
    void eachTestGetsItsOwnCopyAndCanMigrateAndUndo() {
        EngineExecutionResults results = run(TwoTests.class);

        results.testEvents().assertStatistics(s -> s.succeeded(3).failed(1));
        assertThat(TwoTests.rowsSeen).containsExactly(1L, 1L);
        assertThat(message(results, "undoOfAnOlderVersionIsRefused(MigrationHarness)")).hasValue(
                "undo(\"1\") needs V1 to be the latest applied migration, but the database is at V2. Call migrateTo(\"1\") first.");
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo", seedAt = "1")
    @org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
    static class TwoTests {
        static final List<Long> rowsSeen = new ArrayList<>();

        @org.junit.jupiter.api.Test
        void aFirstCopy(MigrationHarness db) {
            insertOneCustomerAndCount(db);
        }

        @org.junit.jupiter.api.Test
        void bSecondCopyDoesNotSeeTheFirst(MigrationHarness db) {
            insertOneCustomerAndCount(db);
        }

        @org.junit.jupiter.api.Test
        void cMigrateForwardAndBack(MigrationHarness db) {
            assertThat(db.currentVersion()).isEqualTo("1");
            db.migrateTo("2");
            assertThat(db.queryForList("select count(*) from orders")).containsExactly(0L);
            db.undo("2");
            assertThat(db.currentVersion()).isEqualTo("1");
            assertThat(db.queryForList("select to_regclass('public.orders') is null")).containsExactly(true);
        }

        @org.junit.jupiter.api.Test
        void undoOfAnOlderVersionIsRefused(MigrationHarness db) {
            db.migrateTo("2").undo("1");
        }

        private static void insertOneCustomerAndCount(MigrationHarness db) {
            db.execute("insert into customers(email, full_name) values ('ada@example.com', 'Ada Lovelace')");
            rowsSeen.add((Long) db.queryForList("select count(*) from customers where email = 'ada@example.com'").get(0));
        }
    }
}

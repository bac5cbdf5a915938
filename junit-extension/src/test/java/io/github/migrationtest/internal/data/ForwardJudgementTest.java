package io.github.migrationtest.internal.data;

import static io.github.migrationtest.internal.data.MigrationStepDb.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.data.DataFinding.Kind;
import io.github.migrationtest.internal.data.DataFinding.Precision;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForwardJudgementTest {

    private static final String FIX = ". If this is intended, declare it in the script (-- migrationtest: loses-data …) or the test (losesDataOnlyIn); otherwise fix the migration's"
            + " UPDATE, DELETE, DROP or USING clause.";

    /** 30 customers; every sixth has an e-mail longer than 12 characters, every fifth none. */
    private static final String[] CUSTOMERS = {
        "create table customers (id int primary key, email varchar(20), visits int not null)",
        "insert into customers select g, case when g % 5 = 0 then null when g % 6 = 0"
                + " then 'user' || g || '@example.com' else 'u' || g end, g * 10 from generate_series(1, 30) g"};

    @Test
    void wideningTypeChangePassesWhenComparedAsTheOldType() throws Exception {
        try (MigrationStepDb step = new MigrationStepDb(CUSTOMERS)) {
            List<DataFinding> findings = step.forward(Map.of("public.customers.visits", "integer"),
                    "alter table customers alter column visits type bigint",
                    "alter table customers alter column email type text");
            assertThat(findings).isEmpty();
        }
    }

    @Test
    void truncatingTypeChangeIsReportedWithExampleKeysAndValues() throws Exception {
        try (MigrationStepDb step = new MigrationStepDb(CUSTOMERS)) {
            List<DataFinding> findings = step.forward(Map.of("public.customers.email", "varchar(20)"),
                    "alter table customers alter column email type varchar(12) using left(email, 12)");
            assertThat(messages(findings)).containsExactly("migration changes data: public.customers.email differs"
                    + " in 4 of 30 rows; e.g. id=6: 'user6@example.com' → 'user6@exampl',"
                    + " id=12: 'user12@example.com' → 'user12@examp', id=18: 'user18@example.com' → 'user18@examp',"
                    + " id=24: 'user24@example.com' → 'user24@examp'" + FIX);
            assertThat(findings.get(0).kind()).isEqualTo(Kind.COLUMN_CHANGED);
        }
    }

    @Test
    void roundingTypeChangeIsReported() throws Exception {
        try (MigrationStepDb step = new MigrationStepDb("create table prices (id int primary key, amount numeric(10,2))",
                "insert into prices values (1, 1.25), (2, 2.50), (3, 3.33)")) {
            List<DataFinding> findings = step.forward(Map.of("public.prices.amount", "numeric(10,2)"),
                    "alter table prices alter column amount type numeric(10,1)");
            assertThat(messages(findings)).containsExactly("migration changes data: public.prices.amount differs in"
                    + " 2 of 3 rows; e.g. id=1: 1.25 → 1.30, id=3: 3.33 → 3.30" + FIX);
        }
    }

    @Test
    void renamedColumnIsARenameNotALoss() throws Exception {
        try (MigrationStepDb step = new MigrationStepDb(CUSTOMERS)) {
            List<DataFinding> findings = step.forward("alter table customers rename column email to mail");
            assertThat(messages(findings)).containsExactly(
                    "migration keeps data: public.customers.email is renamed to mail; all 30 values kept");
            assertThat(findings.get(0).kind().isInformation()).isTrue();
        }
    }

    @Test
    void droppedColumnWithDataIsReportedAsLossWithCounts() throws Exception {
        try (MigrationStepDb step = new MigrationStepDb(CUSTOMERS)) {
            List<DataFinding> findings = step.forward("alter table customers drop column email");
            assertThat(messages(findings)).containsExactly("migration loses data: column public.customers.email is"
                    + " gone with 24 non-NULL values in 30 rows" + FIX);
        }
    }

    @Test
    void droppedTableWithDataIsReportedAsLoss() throws Exception {
        try (MigrationStepDb step = new MigrationStepDb(CUSTOMERS)) {
            List<DataFinding> findings = step.forward("drop table customers");
            assertThat(messages(findings)).containsExactly(
                    "migration loses data: table public.customers is gone with 30 rows" + FIX);
        }
    }

    @Test
    void deleteIsReportedAsRowCountChangeWithTheDeletedKeys() throws Exception {
        try (MigrationStepDb step = new MigrationStepDb(CUSTOMERS)) {
            List<DataFinding> findings = step.forward("delete from customers where id % 10 = 0");
            assertThat(messages(findings)).containsExactly("migration loses data: public.customers has 27 rows"
                    + " instead of 30 (3 fewer); e.g. id=10 deleted, id=20 deleted, id=30 deleted" + FIX);
        }
    }

    @Test
    void updateThatNullsValuesIsReportedWithNullCounts() throws Exception {
        try (MigrationStepDb step = new MigrationStepDb(CUSTOMERS)) {
            List<DataFinding> findings = step.forward("update customers set email = null where id <= 3");
            assertThat(messages(findings)).containsExactly("migration changes data: public.customers.email differs"
                    + " in 3 of 30 rows (NULLs: 6 → 9); e.g. id=1: 'u1' → NULL, id=2: 'u2' → NULL, id=3: 'u3' → NULL"
                    + FIX);
        }
    }

    @Test
    void columnThatBecomesAllNullIsReportedWithItsNullCountsAndExactDifference() throws Exception {
        // GIVEN 1,000 orders, every fourth without a note: more rows than the examples compare
        try (MigrationStepDb step = new MigrationStepDb("create table orders (id int primary key, note text)",
                "insert into orders select g, case when g % 4 <> 0 then 'n' || g end from generate_series(1, 1000) g")) {
            // WHEN the migration clears every note
            List<DataFinding> findings = step.forward("update orders set note = null");
            // THEN the NULLs before are counted in the earlier database and the difference is exact
            assertThat(messages(findings)).containsExactly("migration changes data: public.orders.note differs in 750"
                    + " of 1,000 rows (NULLs: 250 → 1,000); e.g. id=1: 'n1' → NULL, id=2: 'n2' → NULL,"
                    + " id=3: 'n3' → NULL, id=5: 'n5' → NULL, id=6: 'n6' → NULL, id=7: 'n7' → NULL, id=9: 'n9' → NULL,"
                    + " id=10: 'n10' → NULL, id=11: 'n11' → NULL, id=13: 'n13' → NULL" + FIX);
            assertThat(findings.get(0).counts().precision()).isEqualTo(Precision.EXACT);
        }
    }

    @Test
    void droppingAColumnThatHeldOnlyNullsIsNoLoss() throws Exception {
        try (MigrationStepDb step = new MigrationStepDb(CUSTOMERS[0], CUSTOMERS[1],
                "alter table customers add column nickname text")) {
            assertThat(step.forward("alter table customers drop column nickname")).isEmpty();
        }
    }

    @Test
    void withoutTheBeforeStateADroppedColumnIsReportedWithoutClaimingHowManyValuesItHeld() throws Exception {
        try (MigrationStepDb step = new MigrationStepDb(CUSTOMERS)) {
            List<DataFinding> findings = step.forwardWithoutBeforeState("alter table customers drop column email");
            assertThat(messages(findings)).containsExactly("migration loses data: column public.customers.email is"
                    + " gone with non-NULL values in 30 rows" + FIX);
            assertThat(findings.get(0).counts().nullsBefore()).isEqualTo(DataFinding.Counts.UNKNOWN);
        }
    }

    @Test
    void keylessTableIsJudgedByCountsOnly() throws Exception {
        try (MigrationStepDb step = new MigrationStepDb("create table audit_log (message text)",
                "insert into audit_log select 'event ' || g from generate_series(1, 5) g")) {
            List<DataFinding> findings = step.forward("update audit_log set message = 'x' where message = 'event 2'");
            assertThat(messages(findings)).containsExactly("migration changes data: public.audit_log.message differs"
                    + " in some of 5 rows (the table has no key, so rows cannot be told apart)" + FIX);
            assertThat(findings.get(0).counts().precision()).isEqualTo(Precision.UNKNOWN);
        }
    }

    @Test
    void withoutTheBeforeStateTheTableSizeBoundsTheDifference() throws Exception {
        try (MigrationStepDb step = new MigrationStepDb(CUSTOMERS)) {
            List<DataFinding> findings = step.forwardWithoutBeforeState("update customers set visits = 0 where id = 7");
            assertThat(findings).singleElement().satisfies(finding -> {
                assertThat(finding.examples()).isEmpty();
                assertThat(finding.counts().precision()).isEqualTo(Precision.AT_MOST);
                assertThat(finding.message()).isEqualTo("migration changes data: public.customers.visits differs"
                        + " in at most 30 of 30 rows" + FIX);
            });
        }
    }
}

package io.github.migrationtest.internal.data;

import static io.github.migrationtest.internal.data.MigrationStepDb.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.data.DataFinding.Kind;
import io.github.migrationtest.testing.TestDatabases;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class RoundTripAndAgainJudgementTest {

    @Test
    void downScriptThatReaddsADroppedColumnEmptyDoesNotRestoreData() throws Exception {
        // GIVEN 10,000 customers with an e-mail each
        try (MigrationStepDb step = new MigrationStepDb(
                "create table customers (id bigint primary key, email text)",
                "insert into customers select g, 'c' || g || '@example.com' from generate_series(1, 10000) g")) {
            // WHEN forward drops the column and the down script adds it back
            step.db.execute("alter table customers drop column email", "alter table customers add column email text");
            List<DataFinding> findings = new DataJudge().roundTrip(step.f0, step.db.fingerprint(), step.db.connection,
                    step.beforeState());
            // THEN the lost values are counted exactly and shown by key
            assertThat(messages(findings)).containsExactly("down script does not restore data: public.customers.email"
                    + " differs in 10,000 of 10,000 rows (NULLs: 0 → 10,000); e.g. id=1: 'c1@example.com' → NULL,"
                    + " id=2: 'c2@example.com' → NULL, id=3: 'c3@example.com' → NULL, id=4: 'c4@example.com' → NULL,"
                    + " id=5: 'c5@example.com' → NULL, id=6: 'c6@example.com' → NULL, id=7: 'c7@example.com' → NULL,"
                    + " id=8: 'c8@example.com' → NULL, id=9: 'c9@example.com' → NULL,"
                    + " id=10: 'c10@example.com' → NULL. Make the down script put these values back (a column"
                    + " dropped by the migration comes back empty; keep a copy of its data in the migration if it"
                    + " must be reversible).");
        }
    }

    @Test
    void downScriptThatRestoresEverythingPasses() throws Exception {
        try (MigrationStepDb step = new MigrationStepDb("create table t (id int primary key, v text)",
                "insert into t select g, 'v' || g from generate_series(1, 500) g")) {
            step.db.execute("alter table t rename column v to w", "alter table t rename column w to v");
            assertThat(new DataJudge().roundTrip(step.f0, step.db.fingerprint(), step.db.connection,
                    step.beforeState())).isEmpty();
        }
    }

    @Test
    void backfillThatIsNotRepeatableIsReportedInTheAgainPhase() throws Exception {
        // GIVEN a forward step whose backfill adds to the current value, and a down script that does not undo it
        String[] setup = {"create table counters (id int primary key, n int)",
            "insert into counters values (1, 10), (2, 20), (3, 30)"};
        String backfill = "update counters set n = n + 1";
        try (MigrationStepDb step = new MigrationStepDb(setup)) {
            step.db.execute(backfill);
            DatabaseFingerprint firstForward = step.db.fingerprint();
            DataSource firstForwardState = TestDatabases.fresh();
            TestDatabases.execute(firstForwardState, setup);
            TestDatabases.execute(firstForwardState, backfill);
            // WHEN forward runs again
            step.db.execute(backfill);
            List<DataFinding> findings = new DataJudge().again(firstForward, step.db.fingerprint(),
                    step.db.connection, () -> firstForwardState);
            // THEN
            assertThat(messages(findings)).containsExactly("forward migration is not repeatable: public.counters.n"
                    + " differs in 3 of 3 rows; e.g. id=1: 11 → 12, id=2: 21 → 22, id=3: 31 → 32. Make the backfill"
                    + " idempotent: compute the new value from its source columns, not from its own current value.");
            assertThat(findings.get(0).kind()).isEqualTo(Kind.NOT_REPEATABLE);
        }
    }

    @Test
    void againFindingWithoutTheFirstForwardStateClaimsNoNullCounts() throws Exception {
        // GIVEN a backfill that clears even values and increments odd ones: the first run leaves 3 of 6 NULL
        String backfill = "update t set v = case when v % 2 = 0 then null else v + 1 end";
        try (MigrationStepDb step = new MigrationStepDb("create table t (id int primary key, v int)",
                "insert into t select g, g from generate_series(1, 6) g")) {
            step.db.execute(backfill);
            DatabaseFingerprint firstForward = step.db.fingerprint();
            // WHEN forward runs again, clearing the rest, and the first forward state is not at hand (as in the engine)
            step.db.execute(backfill);
            List<DataFinding> findings = new DataJudge().again(firstForward, step.db.fingerprint(), step.db.connection,
                    null);
            // THEN the message bounds the difference and says nothing about NULLs it could not count
            assertThat(messages(findings)).containsExactly("forward migration is not repeatable: public.t.v differs in"
                    + " at most 6 of 6 rows. Make the backfill idempotent: compute the new value from its source"
                    + " columns, not from its own current value.");
            assertThat(findings.get(0).counts().nullsBefore()).isEqualTo(DataFinding.Counts.UNKNOWN);
        }
    }
}

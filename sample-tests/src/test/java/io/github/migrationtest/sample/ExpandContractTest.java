package io.github.migrationtest.sample;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationHarness;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import org.junit.jupiter.api.Test;

/** The rename of customers.full_name, done expand (V6) then contract (V7), checked step by step. */
@MigrationTest(seedAt = "5")
class ExpandContractTest {

    @EachMigration
    void changesOnlyWhatItSays(MigrationStep step) {
        switch (step.version()) {
            case "6" -> assertThat(step).changesOnly("column public.customers.first_name", "column public.customers.last_name");
            case "7" -> assertThat(step).changesOnly("column public.customers.full_name", "column public.customers.first_name")
                                        .losesDataOnlyIn("customers.full_name");
            default -> assertThat(step).runsForward();
        }
    }

    @Test
    void downScriptOfTheContractRebuildsFullName(MigrationHarness db) {
        db.migrateTo("7")
          .execute("insert into customers(email, first_name, last_name) values ('grace@example.com', 'Grace', 'Hopper')")
          .undo("7");

        assertThat(db.currentVersion()).isEqualTo("6");
        assertThat(db.queryForList("select full_name from customers where email = 'grace@example.com'")).containsExactly("Grace Hopper");
    }
}

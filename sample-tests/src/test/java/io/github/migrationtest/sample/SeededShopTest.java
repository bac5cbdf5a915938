package io.github.migrationtest.sample;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationHarness;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.Rows;
import org.junit.jupiter.api.Test;

/** The later migrations rehearsed on seeded data: the shop at V4, filled realistically, then V5…V9. */
@MigrationTest(seedAt = "4", rows = 2_000, seed = 42)
@Rows(table = "orders", count = 6_000)
@Rows(table = "order_items", count = 15_000)
class SeededShopTest {

    @EachMigration
    void everyMigrationRoundTripsOnData(MigrationStep step) {
        assertThat(step).isReversible().reproducesSchema();
        switch (step.version()) {
            case "6" -> assertThat(step).table("customers").column("first_name").isDerivedFrom("split_part(full_name, ' ', 1)");
            case "7" -> assertThat(step).losesDataOnlyIn("customers.full_name");
            default -> assertThat(step).preservesData();
        }
    }

    @Test
    void eachTestGetsTheSeededShop(MigrationHarness db) {
        assertThat(db.currentVersion()).isEqualTo("4");
        assertThat(db.queryForList("select count(*) from customers")).containsExactly(2_000L);
        assertThat(db.queryForList("select count(*) from orders")).containsExactly(6_000L);
        assertThat(db.queryForList("select count(*) from order_items")).containsExactly(15_000L);
        assertThat(db.queryForList("select count(*) from order_items i left join orders o on o.id = i.order_id where o.id is null"))
                .containsExactly(0L);
    }

    @Test
    void theBackfillFillsEverySeededCustomer(MigrationHarness db) {
        db.migrateTo("6");

        assertThat(db.queryForList("select count(*) from customers where first_name is null or first_name = ''")).containsExactly(0L);
        assertThat(db.queryForList("select count(*) from customers where concat_ws(' ', first_name, last_name) <> full_name"))
                .containsExactly(0L);
    }
}

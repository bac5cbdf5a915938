package io.github.migrationtest.sample;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;

import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.Rows;
import java.time.Duration;
import org.junit.jupiter.api.Tag;

/**
 * The shop at production volume, for the nightly job: 100,000 customers and products, 1,000,000 orders and
 * 3,000,000 order items at V4, then V5…V9 judged on them with the default data, lock and plan checks (the critical
 * queries of src/test/resources/db/queries.sql). The plan change it catches: V5's index on orders.created_at turns
 * "latest orders" from a sequential scan of a million orders into an index scan.
 */
@Tag("nightly")
@MigrationTest(seedAt = "4", rows = 100_000, seed = 42)
@Rows(table = "orders", count = 1_000_000)
@Rows(table = "order_items", count = 3_000_000)
class NightlyShopTest {

    @EachMigration
    void everyMigrationIsSafeAtProductionVolume(MigrationStep step) {
        assertThat(step).isReversible().reproducesSchema().keepsQueryPlans();
        switch (step.version()) {
            case "5" -> assertThat(step).query("latest orders").usesIndex("orders_created_at_idx");
            case "7" -> assertThat(step).losesDataOnlyIn("customers.full_name");
            // U8 shrinks title back to varchar(120), a scan under ACCESS EXCLUSIVE: accepted for an emergency rollback
            case "8" -> assertThat(step).blocksNoTableLongerThan(Duration.ofSeconds(2));
            default -> { }
        }
    }
}

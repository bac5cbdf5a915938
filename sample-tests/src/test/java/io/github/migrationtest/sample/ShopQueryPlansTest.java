package io.github.migrationtest.sample;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.Check;
import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.Rows;

/**
 * The shop's critical queries (src/test/resources/db/queries.sql) keep their plans through V5…V9 on seeded data; V5's
 * index on orders.created_at is the one plan change, and "latest orders" now uses it.
 */
@MigrationTest(seedAt = "4", rows = 5_000, seed = 42)
@Rows(table = "orders", count = 50_000)
@Rows(table = "order_items", count = 50_000)
class ShopQueryPlansTest {

    @EachMigration
    void criticalQueriesKeepTheirPlans(MigrationStep step) {
        assertThat(step).keepsQueryPlans();
        if (step.version().equals("7")) {
            assertThat(step).losesDataOnlyIn("customers.full_name");
        }
        if (step.version().equals("5")) {
            assertThat(step).query("latest orders").usesIndex("orders_created_at_idx");
            assertThat(step.verdict(Check.PLANS).message()).isEqualTo("4 critical queries planned, 1 with another plan\n"
                    + "  query \"latest orders\" uses an index now: Seq Scan on public.orders → Index Scan using"
                    + " orders_created_at_idx on public.orders (50,000 rows)\n"
                    + "  index public.orders_created_at_idx, which the migration creates, is used by \"latest orders\"");
            assertThat(step.plans()).filteredOn(p -> p.changed()).extracting(p -> p.query()).containsExactly("latest orders");
        }
    }
}

package io.github.migrationtest.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.CustomizeSeeder;
import io.github.migrationtest.MigrationHarness;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.SeederCustomizer;
import io.github.migrationtest.Values;
import io.github.migrationtest.fixtures.Seeder;
import org.junit.jupiter.api.Test;

/** The seeded shop with some values chosen by the test: SQL over the row number n, Datafaker, a customizer. */
@MigrationTest(seedAt = "4", rows = 500, seed = 7)
@Values(column = "customers.email", sql = "'customer_' || n || '@example.com'")
@Values(column = "customers.full_name", faker = "#{Name.firstName} #{Name.lastName}")
@CustomizeSeeder(SeedOverridesTest.TwentyProducts.class)
class SeedOverridesTest {

    /** Full control of the Seeder: here, 20 products whatever {@code rows} says. */
    public static class TwentyProducts implements SeederCustomizer {
        @Override
        public Seeder customize(Seeder seeder) {
            return seeder.rows("products", 20);
        }
    }

    @Test
    void theSeedPointHoldsTheChosenValues(MigrationHarness db) {
        assertThat(db.queryForList("select email from customers order by id limit 2"))
                .containsExactly("customer_1@example.com", "customer_2@example.com");
        assertThat(db.queryForList("select count(*) from customers where full_name ~ '^\\S+ \\S+'")).containsExactly(500L);
        assertThat(db.queryForList("select count(*) from products")).containsExactly(20L);
    }
}

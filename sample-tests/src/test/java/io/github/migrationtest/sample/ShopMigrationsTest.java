package io.github.migrationtest.sample;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationHarness;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import org.junit.jupiter.api.Test;

// tag::example[]
@MigrationTest(locations = "classpath:db/migration", undoLocations = "classpath:db/undo")
class ShopMigrationsTest {

    @EachMigration
    void everyMigrationRoundTrips(MigrationStep step) {
        assertThat(step).isReversible().reproducesSchema();
    }

    @Test
    void v6SplitsFullName(MigrationHarness db) {
        db.migrateTo("5");
        db.execute("insert into customers(email, full_name) values ('ada@example.com', 'Ada King Lovelace')");
        db.migrateTo("6");
        assertThat(db.queryForList("select first_name || '|' || last_name from customers"))
                .containsExactly("Ada|King Lovelace");
    }
}
// end::example[]

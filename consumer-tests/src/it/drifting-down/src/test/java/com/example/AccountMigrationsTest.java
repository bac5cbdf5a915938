package com.example;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;

import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;

@MigrationTest(locations = "classpath:db/migration", undoLocations = "classpath:db/undo")
class AccountMigrationsTest {

    @EachMigration
    void everyMigrationRoundTrips(MigrationStep step) {
        assertThat(step).isReversible().reproducesSchema();
    }
}

package com.example.library;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;

import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.OldApplication;

/**
 * DELIBERATELY BROKEN: the deploy after release 2 renames books.title in place (V7, in src/test/resources/db/next)
 * while release 2, live in production, still reads it. The rehearsal must say NO-GO.
 */
@MigrationTest(locations = {"classpath:db/migration", "classpath:db/next"},
        undoLocations = {"classpath:db/undo", "classpath:db/next-undo"}, seedAt = "6", rows = 100)
@OldApplication(workload = LibraryRelease2.class, threads = 2)
class RenameBookTitleTest {

    @EachMigration
    void releaseTwoKeepsWorking(MigrationStep step) {
        assertThat(step).isReversible().keepsOldApplicationWorking();
    }
}

package com.example.library;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.CriticalQuery;
import io.github.migrationtest.CurrentApplication;
import io.github.migrationtest.EachMigration;
import io.github.migrationtest.EachRelease;
import io.github.migrationtest.MigrationHarness;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.OldApplication;
import io.github.migrationtest.ReleaseStep;
import io.github.migrationtest.Rows;
import io.github.migrationtest.Values;
import org.junit.jupiter.api.Test;

/**
 * The next deploy of the library, rehearsed on seeded data: release 5 (V4 index, V5 contract, post-deploy) and
 * release 6 (V6). Release 1 runs in production now; release 2 ships with release 5 and is live once V5 runs.
 */
@MigrationTest(seedAt = "3", rows = 200, seed = 11, releases = {"5", "6"})
@Rows(table = "loans", count = 4_000)
@Values(column = "members.email", sql = "'member_' || n || '@library.example'")
@OldApplication(workload = LibraryRelease1.class, threads = 2)
@CurrentApplication(workload = LibraryRelease2.class, threads = 2)
@CriticalQuery(name = "loans of a member", sql = "select * from loans where member_id = $1 and returned_at is null")
class LibraryMigrationsTest {

    @EachMigration
    void everyStepKeepsTheLiveCodeWorking(MigrationStep step) {
        assertThat(step).isReversible().reproducesSchema().preservesData().keepsOldApplicationWorking();
        if (step.version().equals("4")) {
            assertThat(step).query("loans of a member").usesIndex("loans_member_id_idx");
        } else {
            assertThat(step).keepsQueryPlans();
        }
    }

    @EachRelease
    void everyReleaseRollsBack(ReleaseStep release) {
        assertThat(release).isReversible().reproducesSchema();
        // release 5's V5 is post-deploy: release 1 is not judged while V5 and its down script run (release 2 is live then)
        assertThat(release).keepsOldApplicationWorking();
    }

    @Test
    void theSeedPointHoldsTheChosenEmails(MigrationHarness db) {
        assertThat(db.currentVersion()).isEqualTo("3");
        assertThat(db.queryForList("select email from members order by id limit 2"))
                .containsExactly("member_1@library.example", "member_2@library.example");
        assertThat(db.queryForList("select count(*) from loans")).containsExactly(4_000L);
    }
}

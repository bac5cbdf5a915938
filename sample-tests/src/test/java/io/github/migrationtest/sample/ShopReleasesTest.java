package io.github.migrationtest.sample;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.Check;
import io.github.migrationtest.EachRelease;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.OldApplication;
import io.github.migrationtest.ReleaseStep;
import io.github.migrationtest.Rows;
import io.github.migrationtest.TakeOver;
import io.github.migrationtest.Verdict;

/**
 * The shop's releases rolled back as they ship: release 6 (V5 index, V6 expand full_name) and release 9 (V7 contract,
 * V8 widen title, V9 order note), each forward as one deploy, back through its down scripts in reverse order, and again,
 * with release 1.4 of the shop running (on a copy) through forward and back.
 */
@MigrationTest(seedAt = "4", rows = 2_000, seed = 42, releases = {"6", "9"})
@Rows(table = "orders", count = 6_000)
@Rows(table = "order_items", count = 15_000)
@OldApplication(workload = ShopRelease14.class, threads = 4)
class ShopReleasesTest {

    @EachRelease
    void everyReleaseRollsBack(ReleaseStep release) {
        assertThat(release).isReversible().restoresData().reproducesSchema();
        if (release.name().equals("6")) {
            // the expand release: release 1.4 keeps working while it deploys and while it is rolled back
            assertThat(release).keepsOldApplicationWorking();
            return;
        }
        // release 9 contracts full_name (V7, post-deploy) in the same deploy as V8 and V9. With release 1.4 running it
        // cannot even deploy: 1.4 signs customers up with full_name only, so the rows it wrote since V6's backfill have
        // no first_name and V7's VALIDATE fails. That is the real answer: V7 ships in a release of its own, after 1.5.
        release.takeOver(TakeOver.check(Check.OLD_APPLICATION));
        Verdict oldApplication = release.verdict(Check.OLD_APPLICATION);
        assertThat(oldApplication.outcome()).isEqualTo(Verdict.Outcome.FAILED);
        assertThat(oldApplication.message()).isEqualTo("release 9 (V7 to V9): with the old application running, the release's"
                + " scripts failed at line 5 of V7__drop_full_name.sql: SQLSTATE 23514 check constraint"
                + " \"customers_first_name_not_null\" of relation \"customers\" is violated by some row (in: ALTER TABLE customers"
                + " VALIDATE CONSTRAINT customers_first_name_not_null). Without it, they passed: the application's transactions"
                + " hold locks or rows the scripts need. Start the script with SET lock_timeout and retry the deploy (or the"
                + " rollback) when it gives up, and keep the application's transactions short.");
    }
}

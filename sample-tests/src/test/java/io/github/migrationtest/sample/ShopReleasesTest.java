package io.github.migrationtest.sample;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;

import io.github.migrationtest.EachRelease;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.ReleaseStep;
import io.github.migrationtest.Rows;

/**
 * The shop's releases rolled back as they ship: release 6 (V5 index, V6 expand full_name) and release 9 (V7 contract,
 * V8 widen title, V9 order note), each forward as one deploy, back through its down scripts in reverse order, and again.
 */
@MigrationTest(seedAt = "4", rows = 2_000, seed = 42, releases = {"6", "9"})
@Rows(table = "orders", count = 6_000)
@Rows(table = "order_items", count = 15_000)
class ShopReleasesTest {

    @EachRelease
    void everyReleaseRollsBack(ReleaseStep release) {
        assertThat(release).isReversible().restoresData().reproducesSchema();
    }
}

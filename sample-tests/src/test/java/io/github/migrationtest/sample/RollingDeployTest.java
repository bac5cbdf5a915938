package io.github.migrationtest.sample;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;

import io.github.migrationtest.CurrentApplication;
import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.OldApplication;

/**
 * A rolling deploy: release 1.4 keeps running while V6…V9 run, except V7, the contract, which is post-deploy and runs
 * once release 1.5 is live (it is judged against release 1.5 instead).
 */
@MigrationTest(seedAt = "5", rows = 2_000)
@OldApplication(workload = ShopRelease14.class, threads = 4)
@CurrentApplication(workload = ShopRelease15.class, threads = 4)
class RollingDeployTest {

    @EachMigration
    void oldCodeKeepsWorking(MigrationStep step) {
        assertThat(step).keepsOldApplicationWorking();
        if (step.version().equals("7")) {
            assertThat(step).losesDataOnlyIn("customers.full_name");
        }
    }
}

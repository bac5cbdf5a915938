package io.github.migrationtest.sample;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;

import io.github.migrationtest.ApplicationPhase;
import io.github.migrationtest.CurrentApplication;
import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.OldApplication;
import io.github.migrationtest.Rows;
import java.time.Duration;
import org.junit.jupiter.api.Tag;

/**
 * The rolling deploy at production volume, for the nightly job: release 1.4 on 8 threads while V6 backfills
 * 100,000 customers. Each step prints the old application's latency per phase (also in report.json and report.html).
 */
@Tag("nightly")
@MigrationTest(seedAt = "4", rows = 100_000, seed = 42)
@Rows(table = "orders", count = 1_000_000)
@Rows(table = "order_items", count = 3_000_000)
@OldApplication(workload = ShopRelease14.class, threads = 8)
@CurrentApplication(workload = ShopRelease15.class, threads = 8)
class NightlyRollingDeployTest {

    @EachMigration
    void oldCodeKeepsWorkingAtProductionVolume(MigrationStep step) {
        step.oldApplication().ifPresent(run -> run.phases().forEach(p -> System.out.println(line(step, run.application(), p))));
        assertThat(step).keepsOldApplicationWorking();
        switch (step.version()) {
            case "7" -> assertThat(step).losesDataOnlyIn("customers.full_name");
            // U8 shrinks title back to varchar(120), a scan under ACCESS EXCLUSIVE: accepted for an emergency rollback
            case "8" -> assertThat(step).blocksNoTableLongerThan(Duration.ofSeconds(2));
            default -> { }
        }
    }

    /** {@code V6 split customer name: old application forward: 4,812 calls, p50 1 ms, p95 9 ms, p99 31 ms}. */
    private static String line(MigrationStep step, String application, ApplicationPhase p) {
        return String.format("%s: %s %s: %,d calls, p50 %d ms, p95 %d ms, p99 %d ms", step.displayName(), application, p.name(),
                p.calls(), p.p50().toMillis(), p.p95().toMillis(), p.p99().toMillis());
    }
}

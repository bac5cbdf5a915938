package io.github.migrationtest;

import static io.github.migrationtest.DeployOrderTest.H;
import static io.github.migrationtest.DeployOrderTest.KEPT;
import static io.github.migrationtest.DeployOrderTest.MARKED;
import static io.github.migrationtest.DeployOrderTest.seen;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Template.N;
import static io.github.migrationtest.testing.Template.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.EmailAddressRelease;
import io.github.migrationtest.testing.EmailRelease;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * With {@code releases}, each release is one deploy: its code goes live at its first post-deploy migration, or after its
 * last migration; the next release's migrations run with it. {@code @CurrentApplication} is the first deploy's code.
 */
class ReleaseDeployOrderTest {

    @Test
    void theNextReleaseRunsWithTheCodeOfTheReleaseBefore() {
        run(OneDeploy.class);

        assertMatches(verdict("OneDeploy", "2"), "old application: " + N + KEPT);
        assertMatches(verdict("OneDeploy", "4"), "current application: " + N + KEPT
                + "; judged against @CurrentApplication: the new code is live since V3 drop email ran post-deploy (" + MARKED + ")");
    }

    @Test
    void aReleaseWithoutPostDeployMigrationShipsItsCodeAfterItsLastOne() {
        EngineExecutionResults results = run(ShippedAfterLast.class);

        assertThat(outcome(results, "V4 drop nickname")).isEqualTo("SUCCESSFUL");
        assertMatches(verdict("ShippedAfterLast", "2"), "old application: " + N + KEPT);
        assertMatches(verdict("ShippedAfterLast", "4"), "current application: " + N + KEPT + "; judged against @CurrentApplication:"
                + " the new code is live since release 2 (V2) shipped its code after V2 add email address");
    }

    @Test
    void theCodeOfASecondDeployIsNeitherApplication() {
        EngineExecutionResults results = run(TwoDeploys.class);

        assertThat(outcome(results, "V3 drop email")).isEqualTo("SUCCESSFUL");
        assertThat(verdict("TwoDeploys", "3")).isEqualTo("not judged: the code of a later deploy is live during it (since V3"
                + " drop email ran post-deploy (" + MARKED + ")); @OldApplication is the code before the first deploy and"
                + " @CurrentApplication the code of the first (release 2 (V2) shipped its code after V2 add email address). Judge the"
                + " later release in a class of its own, with seedAt at the last version of the release before it");
    }

    @Test
    void withoutOldApplicationTheStepsBeforeTheFirstDeployAreNotJudged() {
        run(CurrentOnly.class);

        assertThat(verdict("CurrentOnly", "2")).isEqualTo("not judged: the code before the first deploy is live during it (no"
                + " post-deploy migration ran before it) and no @OldApplication is declared");
        assertMatches(verdict("CurrentOnly", "4"), "current application: " + N + KEPT + "; judged against @CurrentApplication:"
                + " the new code is live since release 2 (V2) shipped its code after V2 add email address");
    }

    private static String verdict(String test, String version) {
        return seen.get(test + " " + version).verdict(Check.OLD_APPLICATION).message();
    }

    /** Release 3 (V2, V3) ships its code at V3; release 4 (V4) runs with it. */
    @MigrationTest(locations = {H + "migration", H + "marked", H + "drop-nickname"}, undoLocations = H + "undo", seedAt = "1", rows = 20,
            requireUndo = MigrationTest.Requirement.FALSE, releases = {"3", "4"})
    @OldApplication(workload = EmailRelease.class)
    @CurrentApplication(workload = EmailAddressRelease.class)
    static class OneDeploy extends DeployOrderTest.Recording {
    }

    /** Release 2 (V2) has no post-deploy migration: its code goes live after V2, and release 4 (V4) runs with it. */
    @MigrationTest(locations = {H + "migration", H + "drop-nickname"}, undoLocations = H + "undo", seedAt = "1", rows = 20,
            requireUndo = MigrationTest.Requirement.FALSE, releases = {"2", "4"})
    @OldApplication(workload = EmailRelease.class)
    @CurrentApplication(workload = EmailAddressRelease.class)
    static class ShippedAfterLast extends DeployOrderTest.Recording {
    }

    /** Release 2 (V2) ships the current code; release 4 (V3, V4) ships code of its own at V3, which neither application is. */
    @MigrationTest(locations = {H + "migration", H + "marked", H + "drop-nickname"}, undoLocations = H + "undo", seedAt = "1", rows = 20,
            requireUndo = MigrationTest.Requirement.FALSE, releases = {"2", "4"})
    @OldApplication(workload = EmailRelease.class)
    @CurrentApplication(workload = EmailAddressRelease.class)
    static class TwoDeploys extends DeployOrderTest.Recording {
    }

    @MigrationTest(locations = {H + "migration", H + "drop-nickname"}, undoLocations = H + "undo", seedAt = "1", rows = 20,
            requireUndo = MigrationTest.Requirement.FALSE, releases = {"2", "4"})
    @CurrentApplication(workload = EmailAddressRelease.class)
    static class CurrentOnly extends DeployOrderTest.Recording {
    }
}

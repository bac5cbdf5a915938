package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.ConsoleCapture;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A wrong {@code releases} list fails the class before any database starts, naming the version and the versions found. */
class ReleaseMisconfigurationTest {

    private static final String GOOD = "classpath:io/github/migrationtest/histories/good/";

    @Test
    void unknownVersionIsRefusedListingTheVersionsFound() {
        ConsoleCapture.Captured<EngineExecutionResults> run = ConsoleCapture.of(() -> run(UnknownRelease.class));

        assertThat(message(run.result(), "UnknownRelease")).hasValue("@MigrationTest releases = {\"2\", \"7\"}: \"7\" is not the"
                + " version of any migration in " + GOOD + "migration (versions: [1, 2, 3]). List the last version of each release, in version order.");
        assertThat(run.lines()).noneMatch(line -> line.startsWith("[migrationtest] Rehearsing"));
    }

    @Test
    void releasesOutOfOrderAreRefusedWithTheOrderToWrite() {
        EngineExecutionResults results = run(ReleasesOutOfOrder.class);

        assertThat(message(results, "ReleasesOutOfOrder")).hasValue("@MigrationTest releases = {\"3\", \"2\"}: \"2\" is listed after"
                + " \"3\" but is an earlier version. List each release once, in version order: {\"2\", \"3\"}.");
    }

    @Test
    void releaseListedTwiceIsRefused() {
        EngineExecutionResults results = run(ReleaseTwice.class);

        assertThat(message(results, "ReleaseTwice")).hasValue("@MigrationTest releases = {\"2\", \"2\"}: \"2\" is listed after"
                + " \"2\" but is the same version. List each release once, in version order: {\"2\"}.");
    }

    @Test
    void releaseAtTheSeedPointIsRefusedListingTheVersionsAfterIt() {
        ConsoleCapture.Captured<EngineExecutionResults> run = ConsoleCapture.of(() -> run(ReleaseAtSeedPoint.class));

        assertThat(message(run.result(), "ReleaseAtSeedPoint")).hasValue("@MigrationTest releases = {\"2\", \"3\"}: \"2\" is at or"
                + " before seedAt = \"2\", where the data is seeded, so it cannot be rehearsed. List only versions after it ([3]), or lower seedAt.");
        assertThat(run.lines()).noneMatch(line -> line.startsWith("[migrationtest] Rehearsing"));
    }

    @Test
    void releasesFromTheConfigurationParameterAreCheckedTheSameWay() {
        EngineExecutionResults results = run(ReleasesFromConfiguration.class, Map.of(MigrationTestConfiguration.RELEASES, "1, 9"));

        assertThat(message(results, "ReleasesFromConfiguration")).hasValue("@MigrationTest releases = {\"1\", \"9\"}: \"9\" is not"
                + " the version of any migration in " + GOOD + "migration (versions: [1, 2, 3]). List the last version of each release, in version order.");
    }

    @Test
    void eachReleaseWithoutReleasesIsExplained() {
        EngineExecutionResults results = run(NoReleases.class);

        assertThat(message(results, "release(ReleaseStep)")).hasValue("@EachRelease has no release to rehearse: @MigrationTest(releases = …)"
                + " lists none. List the last version of each release, in version order, e.g. releases = {\"3\"}, or set migrationtest.releases.");
    }

    @Test
    void releaseStepInAPlainTestIsExplained() {
        EngineExecutionResults results = run(ReleaseStepInPlainTest.class);

        assertThat(message(results, "wrongPlace(ReleaseStep)")).hasValue("A ReleaseStep is given only to @EachRelease methods,"
                + " not to wrongPlace(). Annotate it with @EachRelease, or take a MigrationHarness instead.");
    }

    @MigrationTest(locations = GOOD + "migration", undoLocations = GOOD + "undo", releases = {"2", "7"})
    static class UnknownRelease {
        @EachRelease
        void release(ReleaseStep release) {
        }
    }

    @MigrationTest(locations = GOOD + "migration", undoLocations = GOOD + "undo", releases = {"3", "2"})
    static class ReleasesOutOfOrder {
        @EachRelease
        void release(ReleaseStep release) {
        }
    }

    @MigrationTest(locations = GOOD + "migration", undoLocations = GOOD + "undo", releases = {"2", "2"})
    static class ReleaseTwice {
        @EachRelease
        void release(ReleaseStep release) {
        }
    }

    @MigrationTest(locations = GOOD + "migration", undoLocations = GOOD + "undo", seedAt = "2", releases = {"2", "3"})
    static class ReleaseAtSeedPoint {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = GOOD + "migration", undoLocations = GOOD + "undo")
    static class ReleasesFromConfiguration {
        @EachRelease
        void release(ReleaseStep release) {
        }
    }

    @MigrationTest(locations = GOOD + "migration", undoLocations = GOOD + "undo")
    static class NoReleases {
        @EachRelease
        void release(ReleaseStep release) {
        }
    }

    @MigrationTest(locations = GOOD + "migration", undoLocations = GOOD + "undo", releases = "3")
    static class ReleaseStepInPlainTest {
        @org.junit.jupiter.api.Test
        void wrongPlace(ReleaseStep release) {
        }
    }
}

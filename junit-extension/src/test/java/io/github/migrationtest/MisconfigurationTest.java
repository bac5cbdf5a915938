package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Misconfiguration fails up front, before any database starts, naming the attribute and the fix. */
class MisconfigurationTest {

    @Test
    void locationWithoutMigrationsFailsNamingLocations() {
        EngineExecutionResults results = run(NoMigrations.class);

        assertThat(message(results, "NoMigrations")).hasValue("@MigrationTest locations: No migrations found in " + HISTORIES
                + "good/undo. Expected files named like V1__create_customers.sql there; point `locations` at the folder that holds them.");
    }

    @Test
    void missingLocationFailsNamingTheAttribute() {
        EngineExecutionResults results = run(MissingLocation.class);

        assertThat(message(results, "MissingLocation")).hasValue("@MigrationTest undoLocations: Location classpath:db/nowhere does not exist"
                + " or cannot be read. Check `undoLocations`: use classpath:db/migration for src/main/resources/db/migration, or filesystem:/absolute/path.");
    }

    @Test
    void downScriptWithoutItsMigrationFailsNamingBoth() {
        EngineExecutionResults results = run(UndoWithoutMigration.class);

        assertThat(message(results, "UndoWithoutMigration")).hasValue("@MigrationTest undoLocations: Down script " + HISTORIES
                + "undo-without-migration/undo/U2__drop_orders.sql has no migration V2 in " + HISTORIES
                + "undo-without-migration/migration. Rename it to match its migration's version or delete it.");
    }

    @Test
    void seedAtThatIsNoVersionFailsListingTheVersions() {
        EngineExecutionResults results = run(UnknownSeedAt.class);

        assertThat(message(results, "UnknownSeedAt")).hasValue("@MigrationTest seedAt = \"7\" is not the version of any migration in "
                + HISTORIES + "good/migration (versions: [1, 2, 3]). Use one of those versions, or leave seedAt empty to rehearse every migration.");
    }

    @Test
    void migrationStepInAPlainTestIsExplained() {
        EngineExecutionResults results = run(StepInPlainTest.class);

        assertThat(message(results, "wrongPlace(MigrationStep)")).hasValue("A MigrationStep is given only to @EachMigration methods,"
                + " not to wrongPlace(). Annotate it with @EachMigration, or take a MigrationHarness instead.");
    }

    @MigrationTest(locations = HISTORIES + "good/undo", undoLocations = HISTORIES + "good/undo")
    static class NoMigrations {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = "classpath:db/nowhere")
    static class MissingLocation {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "undo-without-migration/migration", undoLocations = HISTORIES + "undo-without-migration/undo")
    static class UndoWithoutMigration {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo", seedAt = "7")
    static class UnknownSeedAt {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo")
    static class StepInPlainTest {
        @org.junit.jupiter.api.Test
        void wrongPlace(MigrationStep step) {
        }
    }
}

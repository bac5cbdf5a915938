package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.spi.DatabaseProvider;
import io.github.migrationtest.spi.DatabaseServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mistakes in the {@code flyway} settings and next to the scripts fail the class before any database starts (the provider
 * below refuses to start one), naming the setting, the script and the line; a down script that fails after its own COMMIT
 * says what stays committed.
 */
class ScriptAndFlywayMistakesTest {

    private static final Map<String, String> NO_DATABASE = Map.of("migrationtest.database", NoDatabase.class.getName());

    @Test
    void flywayValueOfTheWrongTypeIsRefusedByFlywayItself() {
        assertThat(message(run(BadRetries.class, NO_DATABASE), "BadRetries")).hasValue("@MigrationTest flyway: Flyway refuses"
                + " \"flyway.connectRetries=abc\": Invalid value for flyway.connectRetries (should be an integer): abc."
                + " Correct or remove it in @MigrationTest(flyway = {…}); names and values are Flyway's own,"
                + " e.g. \"flyway.connectRetries=3\", \"flyway.placeholders.owner=shop\".");
    }

    @Test
    void unknownFlywaySettingIsRefused() {
        assertThat(message(run(UnknownSetting.class, NO_DATABASE), "UnknownSetting")).hasValue("@MigrationTest flyway: Flyway refuses"
                + " \"flyway.bogusSetting=1\": Unknown configuration property: flyway.bogusSetting. Please check your conf files or"
                + " commandline parameters. Correct or remove it in @MigrationTest(flyway = {…}); names and values are Flyway's own,"
                + " e.g. \"flyway.connectRetries=3\", \"flyway.placeholders.owner=shop\".");
    }

    @Test
    void undefinedPlaceholderInADownScriptIsNamedWithScriptAndLine() {
        assertThat(message(run(UndefinedPlaceholder.class, NO_DATABASE), "UndefinedPlaceholder")).hasValue("@MigrationTest flyway:"
                + " Down script " + HISTORIES + "undefined-placeholder/undo/U1__create_items.sql line 2 uses the placeholder ${tabel},"
                + " which is not defined (defined: table). Define it with @MigrationTest(flyway = \"flyway.placeholders.tabel=…\"),"
                + " or correct its name.");
    }

    @Test
    void undefinedPlaceholderInAMigrationIsNamedToo() {
        assertThat(message(run(NoPlaceholders.class, NO_DATABASE), "NoPlaceholders")).hasValue("@MigrationTest flyway:"
                + " Migration " + HISTORIES + "undefined-placeholder/migration/V1__create_items.sql line 1 uses the placeholder ${table},"
                + " which is not defined (defined: none). Define it with @MigrationTest(flyway = \"flyway.placeholders.table=…\"),"
                + " or correct its name.");
    }

    @Test
    void misspelledScriptConfigurationKeyIsRefusedWithTheNearestKnownKey() {
        assertThat(message(run(MisspelledConf.class, NO_DATABASE), "MisspelledConf")).hasValue("@MigrationTest undoLocations: "
                + HISTORIES + "misspelled-conf/undo/U2__index_sku.sql.conf line 2: unknown key \"exectueInTransaction\"; did you mean"
                + " \"executeInTransaction\"? Flyway reads only executeInTransaction, encoding, placeholderReplacement, shouldExecute"
                + " there, so a misspelled key is not applied.");
    }

    @Test
    void downScriptFailingAfterItsOwnCommitSaysWhatStaysCommitted() {
        assertThat(message(run(FailsAfterCommit.class), "V2 add note")).hasValue("V2 add note: down script failed: " + HISTORIES
                + "fails-after-commit/undo/U2__add_note.sql line 3: SQLSTATE 42703 column \"notes\" of relation \"items\" does not exist"
                + " (in: ALTER TABLE items DROP COLUMN notes)\n"
                + "  Already committed before the failure, and not undone by it: lines 1–2 (the script's own COMMIT on line 2)."
                + " Run in production, this down script would stop half done: make it one transaction (drop the COMMIT).");
    }

    /** Fails any class that gets as far as starting a database. */
    public static final class NoDatabase implements DatabaseProvider {
        @Override
        public DatabaseServer start() {
            throw new IllegalStateException("a database was started although the configuration is wrong");
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo", flyway = "flyway.connectRetries=abc")
    static class BadRetries {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo", flyway = "flyway.bogusSetting=1")
    static class UnknownSetting {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "undefined-placeholder/migration", undoLocations = HISTORIES + "undefined-placeholder/undo",
            flyway = "flyway.placeholders.table=items")
    static class UndefinedPlaceholder {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "undefined-placeholder/migration", undoLocations = HISTORIES + "undefined-placeholder/undo")
    static class NoPlaceholders {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "misspelled-conf/migration", undoLocations = HISTORIES + "misspelled-conf/undo")
    static class MisspelledConf {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "fails-after-commit/migration", undoLocations = HISTORIES + "fails-after-commit/undo")
    static class FailsAfterCommit {
        @EachMigration
        void step(MigrationStep step) {
        }
    }
}

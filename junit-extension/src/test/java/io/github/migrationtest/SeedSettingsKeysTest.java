package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** migrationtest.seed.triggers, .statistics and .implied-references reach the seeder at the seed point. */
class SeedSettingsKeysTest {

    @TempDir
    Path dir;

    @Test
    void statisticsFileSetsTheRowCountsAndTriggersFireOnlyWhenEnabled() throws Exception {
        // GIVEN production statistics saying customers has 13 rows and its log none, and a trigger that logs every customer
        Path statistics = Files.writeString(dir.resolve("statistics.json"), "{\"format\": \"migrationtest-statistics-1\", \"tables\":"
                + " [{\"schema\": \"public\", \"table\": \"customers\", \"rows\": 13, \"columns\": []},"
                + " {\"schema\": \"public\", \"table\": \"customer_log\", \"rows\": 0, \"columns\": []}]}");
        Map<String, String> configuration = new HashMap<>(history());
        configuration.put("migrationtest.seed.statistics", statistics.toString());

        // WHEN the class runs with the triggers off (the default), then with them firing
        run(Seeded.class, configuration).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        String quiet = Files.readString(dir.resolve("saw.txt")).strip();
        configuration.put("migrationtest.seed.triggers", "enabled");
        run(Seeded.class, configuration).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        String firing = Files.readString(dir.resolve("saw.txt")).strip();

        // THEN customers got production's 13 rows (not rows = 5), the log none, unless the trigger fired
        assertThat(quiet).isEqualTo("13|0");
        assertThat(firing).isEqualTo("13|13");
    }

    @Test
    void unknownTriggerModeAndMissingStatisticsFileAreRejectedNamingTheKey() throws Exception {
        Map<String, String> configuration = new HashMap<>(history());
        configuration.put("migrationtest.seed.triggers", "off");
        EngineExecutionResults triggers = run(Seeded.class, configuration);
        assertThat(message(triggers, "Seeded")).hasValue("@MigrationTest migrationtest.seed.triggers must be"
                + " disabled (user triggers off while seeding, the default) or enabled (they fire for every seeded row), but is \"off\".");

        configuration.remove("migrationtest.seed.triggers");
        configuration.put("migrationtest.seed.statistics", dir.resolve("missing.json").toString());
        EngineExecutionResults statistics = run(Seeded.class, configuration);
        assertThat(message(statistics, "Seeded")).hasValue("@MigrationTest migrationtest.seed.statistics"
                + " names the production statistics file, but " + dir.resolve("missing.json").toAbsolutePath() + " is not a file. Make it"
                + " on production with the read-only query in export-statistics.sql (docs/configuration.md):"
                + " psql -XAtq -d <database> -f export-statistics.sql -o statistics.json");
    }

    @Test
    void impliedReferencesAreFollowedUnlessSwitchedOffAndAValueOtherThanTrueOrFalseIsRejected() throws Exception {
        // GIVEN customer_log.customer_id without a foreign key, and a V2 that counts the log rows without a customer
        Map<String, String> configuration = new HashMap<>(history("COPY (SELECT count(*) FROM customer_log l"
                + " WHERE l.customer_id IS NOT NULL AND NOT EXISTS"
                + " (SELECT 1 FROM customers c WHERE c.id = l.customer_id)) TO '" + dir.resolve("saw.txt").toAbsolutePath() + "';"));

        // WHEN the class runs with the default, then with the key false
        run(Seeded.class, configuration).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        String followed = Files.readString(dir.resolve("saw.txt")).strip();
        configuration.put("migrationtest.seed.implied-references", "false");
        run(Seeded.class, configuration).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        String own = Files.readString(dir.resolve("saw.txt")).strip();

        // THEN every log row names a seeded customer only while implied references are followed
        assertThat(followed).isEqualTo("0");
        assertThat(own).isNotEqualTo("0");
        configuration.put("migrationtest.seed.implied-references", "maybe");
        assertThat(message(run(Seeded.class, configuration), "Seeded")).hasValue("@MigrationTest"
                + " migrationtest.seed.implied-references must be true or false, but is \"maybe\".");
    }

    private Map<String, String> history() throws Exception {
        return history("COPY (SELECT (SELECT count(*) FROM customers) || '|'"
                + " || (SELECT count(*) FROM customer_log)) TO '" + dir.resolve("saw.txt").toAbsolutePath() + "';");
    }

    private Map<String, String> history(String look) throws Exception {
        Path migration = Files.createDirectories(dir.resolve("migration"));
        Path undo = Files.createDirectories(dir.resolve("undo"));
        Files.writeString(migration.resolve("V1__customers.sql"), """
                CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);
                CREATE TABLE customer_log (customer_id bigint);
                CREATE FUNCTION log_customer() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN INSERT INTO customer_log VALUES (NEW.id); RETURN NEW; END $$;
                CREATE TRIGGER customers_log AFTER INSERT ON customers FOR EACH ROW EXECUTE FUNCTION log_customer();""");
        Files.writeString(migration.resolve("V2__look.sql"), look);
        Files.writeString(undo.resolve("U1__customers.sql"), "DROP TABLE customers, customer_log; DROP FUNCTION log_customer();");
        Files.writeString(undo.resolve("U2__look.sql"), "SELECT 1;");
        return Map.of("migrationtest.locations", "filesystem:" + migration, "migrationtest.undo-locations", "filesystem:" + undo,
                "migrationtest.seed-cache", "false", "migrationtest.report.directory", dir.resolve("reports").toString());
    }

    @MigrationTest(seedAt = "1", rows = 5, seed = 4)
    static class Seeded {

        @EachMigration
        void step(MigrationStep step) {
        }
    }
}

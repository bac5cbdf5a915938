package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.testing.Histories;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Production's planner settings given by configuration: recorded with the plans, refused when the server refuses them. */
class PlanSettingsTest {

    private static final Map<String, String> SCRIPTS = Map.of(
            "V1__create_items.sql", "CREATE TABLE items (id bigint PRIMARY KEY, v int NOT NULL);",
            "U1__create_items.sql", "DROP TABLE items;");

    @Test
    void productionSettingsReplaceThePinnedOnesAndAreRecorded() throws IOException {
        run(OneQuery.class, configuration("random_page_cost=1.1, effective_cache_size=24GB,work_mem=64MB"))
                .testEvents().assertStatistics(s -> s.failed(0));

        Map<String, String> planner = ((StepResult) OneQuery.seen.get("1")).measurement(io.github.migrationtest.internal.plans.StepPlans.class).orElseThrow().planner();
        assertThat(planner).containsEntry("jit", "off").containsEntry("random_page_cost", "1.1")
                .containsEntry("effective_cache_size", "24GB").containsEntry("work_mem", "64MB");
    }

    @Test
    void aSettingTheServerRefusesFailsPlansNamingIt() throws IOException {
        String message = message(run(OneQuery.class, configuration("random_page_cots=1.1")), "V1 create items").orElseThrow();

        assertThat(message).isEqualTo("V1 create items: PLANS not judged: the server refuses a planner setting of"
                + " migrationtest.plans.settings: random_page_cots = '1.1': ERROR: unrecognized configuration parameter"
                + " \"random_page_cots\". Correct or remove it.");
    }

    @Test
    void aSettingThatIsNoNameValuePairIsRefusedBeforeAnyDatabaseStarts() throws IOException {
        assertThat(message(run(OneQuery.class, configuration("random_page_cost")), "OneQuery")).hasValue("@MigrationTest"
                + " migrationtest.plans.settings lists planner settings as name=value, separated"
                + " by commas, e.g. random_page_cost=1.1,effective_cache_size=24GB, but \"random_page_cost\" is not one.");
    }

    private static Map<String, String> configuration(String settings) throws IOException {
        Map<String, String> configuration = new HashMap<>(Histories.write(Files.createTempDirectory("plan-settings"), SCRIPTS));
        configuration.put("migrationtest.plans.settings", settings);
        return configuration;
    }

    @MigrationTest
    @CriticalQuery(name = "item", sql = "select * from items where id = $1")
    static class OneQuery {
        static final Map<String, MigrationStep> seen = new ConcurrentHashMap<>();

        @EachMigration
        void step(MigrationStep step) {
            seen.put(step.version(), step);
        }
    }
}

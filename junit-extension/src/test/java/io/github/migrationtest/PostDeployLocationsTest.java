package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Template.N;
import static io.github.migrationtest.testing.Template.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.EmailAddressRelease;
import io.github.migrationtest.testing.EmailRelease;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Migrations in a post-deploy location ({@code postDeployLocations}, GitLab's {@code db/post_migrate}) are applied by
 * Flyway with the others, by version, and are post-deploy without the comment; a wrong location fails before any step.
 */
class PostDeployLocationsTest {

    static final String H = DeployOrderTest.H;
    static final Map<String, MigrationStep> seen = new ConcurrentHashMap<>();

    @Test
    void aMigrationInThePostDeployLocationIsPostDeploy() {
        EngineExecutionResults results = run(FromLocation.class);

        assertThat(outcome(results, "V3 drop email")).isEqualTo("SUCCESSFUL");
        assertThat(outcome(results, "V4 drop nickname")).isEqualTo("SUCCESSFUL");
        assertThat(seen.get("3").oldApplication().orElseThrow().application()).isEqualTo("current application");
        assertMatches(seen.get("4").verdict(Check.OLD_APPLICATION).message(), "current application:" + DeployOrderTest.KEPT.replaceFirst("^", " " + N)
                + "; judged against @CurrentApplication: the new code is live since V3 drop email ran post-deploy (in the post-deploy"
                + " location " + H + "post-deploy)");
    }

    @Test
    void theKeyNamesThePostDeployLocationsToo() {
        run(FromKey.class, Map.of("migrationtest.post-deploy-locations", H + "post-deploy"));

        assertThat(seen.get("key 3").oldApplication().orElseThrow().application()).isEqualTo("current application");
    }

    @Test
    void aMissingPostDeployLocationFailsNamingTheAttribute() {
        EngineExecutionResults results = run(MissingLocation.class);

        assertThat(message(results, "MissingLocation")).hasValue("@MigrationTest postDeployLocations: Location " + H + "nowhere does not"
                + " exist or cannot be read. Check `postDeployLocations`: use classpath:db/migration for src/main/resources/db/migration,"
                + " or filesystem:/absolute/path.");
    }

    @Test
    void aScriptThereThatFlywayDoesNotApplyFailsNamingIt() {
        EngineExecutionResults results = run(Misnamed.class);

        assertThat(message(results, "Misnamed")).hasValue("@MigrationTest postDeployLocations: Post-deploy script " + H
                + "post-deploy-misnamed/drop_email_later.sql is not among the migrations Flyway applies from " + H + "migration, " + H
                + "post-deploy-misnamed, so it would never run. Name it like V8__drop_full_name.sql (a versioned migration; down scripts"
                + " belong in undoLocations), or move it out of " + H + "post-deploy-misnamed.");
    }

    @MigrationTest(locations = {H + "migration", H + "drop-nickname"}, postDeployLocations = H + "post-deploy", undoLocations = H + "undo",
            seedAt = "1", rows = 20, requireUndo = MigrationTest.Requirement.FALSE)
    @OldApplication(workload = EmailRelease.class)
    @CurrentApplication(workload = EmailAddressRelease.class)
    static class FromLocation {
        @EachMigration
        void step(MigrationStep step) {
            seen.put(step.version(), step);
        }
    }

    @MigrationTest(locations = H + "migration", undoLocations = H + "undo", seedAt = "1", rows = 20, requireUndo = MigrationTest.Requirement.FALSE)
    @OldApplication(workload = EmailRelease.class)
    @CurrentApplication(workload = EmailAddressRelease.class)
    static class FromKey {
        @EachMigration
        void step(MigrationStep step) {
            seen.put("key " + step.version(), step);
        }
    }

    @MigrationTest(locations = H + "migration", postDeployLocations = H + "nowhere", undoLocations = H + "undo")
    static class MissingLocation {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = H + "migration", postDeployLocations = H + "post-deploy-misnamed", undoLocations = H + "undo")
    static class Misnamed {
        @EachMigration
        void step(MigrationStep step) {
        }
    }
}

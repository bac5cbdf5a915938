package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.OldApplicationHistory.at;
import static io.github.migrationtest.testing.OldApplicationHistory.lastStep;
import static io.github.migrationtest.testing.Template.N;
import static io.github.migrationtest.testing.Template.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.OldApplicationHistory.BesideRelease1;
import io.github.migrationtest.testing.OldApplicationHistory.BesideRelease1Profile;
import io.github.migrationtest.testing.Release1;
import io.github.migrationtest.testing.Release2;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The old application runs beside every forward run (on a copy) and fails the step, naming the statement, on any
 * error the migration caused; additive and post-deploy migrations pass.
 */
class OldApplicationTest {

    static final String HISTORIES = io.github.migrationtest.testing.OldApplicationHistory.HISTORIES;
    static final String REPLAY = "\n  (seeded data, seed 42: replay with -Dmigrationtest.seed=42)";
    static final Map<String, MigrationStep> seen = new ConcurrentHashMap<>();

    @Test
    void additiveMigrationKeepsTheOldInsertsAndSelectsWorking() {
        EngineExecutionResults results = run(BesideRelease1.class, at("additive"));

        assertThat(outcome(results, "V2 add nickname")).isEqualTo("SUCCESSFUL");
        MigrationStep step = lastStep("additive");
        assertThat(step.verdict(Check.OLD_APPLICATION).outcome()).isEqualTo(Verdict.Outcome.PASSED);
        ApplicationReport report = step.oldApplication().orElseThrow();
        assertThat(report.phases()).extracting(ApplicationPhase::name).containsExactly("before", "forward", "after");
        assertThat(report.phases()).allSatisfy(p -> assertThat(p.errors()).isEmpty());
        assertThat(step.verdict(Check.DATA_PRESERVED).outcome()).as("the old application's sign-ups stayed on its copy")
                .isEqualTo(Verdict.Outcome.PASSED);
        assertThat(step.dataChanges()).as("no row the old application inserted is taken for the migration's").isEmpty();
        assertThat(report.phase("before").orElseThrow().calls()).as("steady state: 10 calls on each of 4 threads").isGreaterThanOrEqualTo(40);
        assertThat(report.phase("after").orElseThrow().calls()).as("3 calls on each thread after").isGreaterThanOrEqualTo(12);
        assertMatches(step.verdict(Check.OLD_APPLICATION).message(), "old application: " + N + " calls before, " + N
                + " calls during, " + N + " calls after the forward run, no new error; p99 " + N + " ms");
    }

    @Test
    void bothReportsShowTheOldApplicationsPhasesAndFailures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path reports)
            throws java.io.IOException {
        Map<String, String> settings = new java.util.HashMap<>(at("rename"));
        settings.put("migrationtest.report.directory", reports.toString());
        run(BesideRelease1.class, settings);

        String json = java.nio.file.Files.readString(reports.resolve("BesideRelease1").resolve("report.json"));
        String html = java.nio.file.Files.readString(reports.resolve("BesideRelease1").resolve("report.html"));
        assertThat(json).containsPattern("\"oldApplication\": \\{\n\\s+\"application\": \"old application\",\n\\s+\"code\": \"Release1\",\n"
                + "\\s+\"threads\": 4,\n\\s+\"phases\": \\[\n\\s+\\{\n\\s+\"phase\": \"before\",\n\\s+\"ms\": \\d+,\n\\s+\"calls\": \\d+,\n\\s+\"failed\": 0,");
        assertThat(json).contains("\"sqlState\": \"42703\"", "\"frame\": \"Release1.find (Release1.java:34)\"",
                "\"statement\": \"select id, email from customers where id = ?\"", "\"p99Ms\": ");
        assertThat(html).contains("<h3>old application: Release1 on 4 threads</h3>", "<th>p99 ms</th>")
                .containsPattern("42703 column &quot;email&quot; does not exist — \\d+ × in Release1.find \\(Release1.java:34\\):"
                        + " select id, email from customers where id = \\?");
    }

    @Test
    void renamedColumnFailsTheStepNamingTheOldStatementAndTheMigrationsStatement() {
        EngineExecutionResults results = run(BesideRelease1.class, at("rename"));

        assertMatches(message(results, "V2 rename customer email").orElseThrow(),
                "V2 rename customer email: the old application failed " + N + " times during and after the migration (0 before it):\n"
                + "  42703 column \"email\" does not exist — " + N + " × in Release1.find (Release1.java:34):"
                + " select id, email from customers where id = ?\n"
                + "  first at " + N + " ms into the forward run, right after line 1: ALTER TABLE customers RENAME COLUMN email TO email_address\n"
                + "  42703 column \"email\" of relation \"customers\" does not exist — " + N + " × in Release1.signUp (Release1.java:27):"
                + " insert into customers (email, name) values (?, ?)\n"
                + "  first at " + N + " ms into the forward run, right after line 1: ALTER TABLE customers RENAME COLUMN email TO email_address\n"
                + "  Expand and contract instead: add the new column, write both, backfill, switch reads, drop the old column in a later release."
                + REPLAY);
    }

    @Test
    void notNullColumnWithoutDefaultFailsTheOldInserts() {
        EngineExecutionResults results = run(BesideRelease1.class, at("not-null"));

        assertMatches(message(results, "V2 add country").orElseThrow(),
                "V2 add country: the old application failed " + N + " times during and after the migration (0 before it):\n"
                + "  23502 null value in column \"country\" of relation \"customers\" violates not-null constraint — " + N
                + " × in Release1.signUp (Release1.java:27): insert into customers (email, name) values (?, ?)\n"
                + "  first at " + N + " ms into the forward run, right after line 2: ALTER TABLE customers ALTER COLUMN country DROP DEFAULT\n"
                + "  Add the column with a DEFAULT (or nullable) so that the old INSERTs that do not name it still work;"
                + " make it NOT NULL in a later release, once no old code writes the table." + REPLAY);
    }

    @Test
    void narrowedColumnFailsTheOldInsertsOfLongerValues() {
        // not seeded: the rehearsal's own rows would lose their long names; only the old application writes some (on its copy)
        EngineExecutionResults results = run(BesideRelease1.class, at("narrowing", 0));

        assertMatches(message(results, "V2 shorten name").orElseThrow(),
                "V2 shorten name: the old application failed " + N + " times during and after the migration (0 before it):\n"
                + "  22001 value too long for type character varying(3) — " + N
                + " × in Release1.signUp (Release1.java:27): insert into customers (email, name) values (?, ?)\n"
                + "  first at " + N + " ms into the forward run, right after line 1: ALTER TABLE customers ALTER COLUMN name TYPE varchar(3) USING left(name, 3)\n"
                + "  Widen first, narrow later: the old code still writes longer values; narrow the column in a later release,"
                + " once no old code writes it.");
    }

    @Test
    void typeChangeUnderAWarmedPreparedSelectStarFailsWithCachedPlan() {
        EngineExecutionResults results = run(BesideRelease1Profile.class, at("type-change"));

        assertMatches(message(results, "V2 name to varchar").orElseThrow(),
                "V2 name to varchar: the old application failed " + N + " times during and after the migration (0 before it):\n"
                + "  0A000 cached plan must not change result type — " + N
                + " × in Release1Profile.run (Release1Profile.java:20): select * from customers where id = ?\n"
                + "  first at " + N + " ms into the forward run, right after line 1: ALTER TABLE customers ALTER COLUMN name TYPE varchar(200)\n"
                + "  The old code's server-prepared statements cached the old result type (PgJDBC prepares from the 5th execution,"
                + " and retries by itself only outside a transaction): deploy the new code first and run this migration post-deploy,"
                + " have the code name its columns instead of select *, or set autosave=conservative on its connections." + REPLAY);
    }

    @Test
    void postDeployDropIsJudgedAgainstTheCurrentApplication() {
        EngineExecutionResults results = run(PostDeploy.class);

        assertThat(outcome(results, "V2 drop email")).isEqualTo("SUCCESSFUL");
        ApplicationReport report = seen.get("post-deploy").oldApplication().orElseThrow();
        assertThat(report.application()).isEqualTo("current application");
        assertThat(report.code()).isEqualTo("Release2");
        assertThat(report.phases()).allSatisfy(p -> assertThat(p.errors()).isEmpty());
    }

    @MigrationTest(locations = HISTORIES + "post-deploy/migration", undoLocations = HISTORIES + "post-deploy/undo", seedAt = "1", rows = 20)
    @OldApplication(workload = Release1.class)
    @CurrentApplication(workload = Release2.class)
    static class PostDeploy {
        @EachMigration
        void step(MigrationStep step) {
            seen.put("post-deploy", step);
        }
    }
}

package io.github.migrationtest;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Template.N;
import static io.github.migrationtest.testing.Template.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.JsonReader;
import io.github.migrationtest.testing.ConsoleCapture;
import io.github.migrationtest.testing.Histories;
import io.github.migrationtest.testing.Release1;
import io.github.migrationtest.testing.SchemaCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A release is rehearsed with the old application running (on a copy): forward through its migrations, then back
 * through its down scripts in reverse order, and the release fails, naming the script and statement, on any error the
 * old application did not have before it.
 */
class ReleaseOldApplicationTest {

    static final String REPLAY = "\n  (seeded data, seed 42: replay with -Dmigrationtest.seed=42)";
    static final Map<String, ReleaseStep> seen = new ConcurrentHashMap<>();

    @TempDir
    Path dir;

    @Test
    void additiveReleaseKeepsTheOldApplicationWorkingForwardAndBackAndTheReportsShowIt() throws Exception {
        // GIVEN release 3 adds a column and a table that release 1 of the application does not use
        Map<String, String> configuration = Histories.write(dir, history(
                "V2__add_customer_nickname.sql", "ALTER TABLE customers ADD COLUMN nickname text;",
                "U2__add_customer_nickname.sql", "ALTER TABLE customers DROP COLUMN nickname;",
                "V3__create_customer_notes.sql", "CREATE TABLE customer_notes (customer_id bigint, note text);",
                "U3__create_customer_notes.sql", "DROP TABLE customer_notes;"));

        // WHEN the release is rehearsed with the old application running
        EngineExecutionResults results = run(Releases.class, configuration);

        // THEN it passes; the application ran before, during the forward and the down scripts, and after them, with no error,
        //      and its sign-ups stayed on its copy, away from the release's data verdicts
        assertThat(outcome(results, "release 3 (V2 to V3)")).isEqualTo("SUCCESSFUL");
        ReleaseStep release = seen.get("release 3 (V2 to V3)");
        ApplicationReport report = release.oldApplication().orElseThrow();
        assertThat(report.phases()).extracting(ApplicationPhase::name).containsExactly("before", "forward", "back", "after");
        assertThat(report.phases()).allSatisfy(p -> assertThat(p.errors()).isEmpty());
        // (the down scripts take milliseconds: whether a call ends within them depends on the machine; the down-script test
        //  below shows the application runs through them)
        assertMatches(release.verdict(Check.OLD_APPLICATION).message(), "old application: " + N + " calls before, " + N
                + " calls during the forward scripts, " + N + " calls during the down scripts, " + N + " calls after them,"
                + " no new error; p99 " + N + " ms");
        assertThat(release.verdict(Check.DATA_RESTORED).outcome()).isEqualTo(Verdict.Outcome.PASSED);
        assertThat(release.dataChanges()).as("no row the old application inserted is taken for the release's").isEmpty();
        // AND both reports show the old application's phases in the release's section
        Path reports = dir.resolve("reports").resolve("Releases");
        Map<String, Object> json = map(JsonReader.read(Files.readString(reports.resolve("report.json"))));
        Map<String, Object> entry = map(((List<?>) json.get("releases")).get(0));
        assertThat(((List<?>) map(entry.get("oldApplication")).get("phases"))).extracting(p -> map(p).get("phase"))
                .containsExactly("before", "forward", "back", "after");
        assertThat(SchemaCheck.problems(json, map(JsonReader.read(Files.readString(Path.of("..", "docs", "report-schema.json"))))))
                .isEmpty();
        assertThat(Files.readString(reports.resolve("report.html"))).contains("<h3>old application: Release1 on 4 threads</h3>",
                "<tr><td>back</td>");
        assertMatches(Files.readString(reports.resolve("report.md")).lines().filter(l -> l.startsWith("- old application"))
                .findFirst().orElseThrow(), "- old application `Release1` on 4 threads: before " + N + " calls, 0 failed,"
                + " p50/p95/p99 " + N + "/" + N + "/" + N + " ms · forward " + N + " calls, 0 failed, p50/p95/p99 " + N + "/" + N
                + "/" + N + " ms · back " + N + " calls, 0 failed, p50/p95/p99 " + N + "/" + N + "/" + N + " ms · after " + N
                + " calls, 0 failed, p50/p95/p99 " + N + "/" + N + "/" + N + " ms");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void renameInsideAReleaseFailsItNamingTheMigrationAndItsStatement() throws Exception {
        // GIVEN release 3 adds a column, then renames the column the old code reads and writes
        Map<String, String> configuration = Histories.write(dir, history(
                "V2__add_customer_nickname.sql", "ALTER TABLE customers ADD COLUMN nickname text;",
                "U2__add_customer_nickname.sql", "ALTER TABLE customers DROP COLUMN nickname;",
                "V3__rename_customer_email.sql", "ALTER TABLE customers RENAME COLUMN email TO email_address;",
                "U3__rename_customer_email.sql", "ALTER TABLE customers RENAME COLUMN email_address TO email;"));

        // WHEN the release is rehearsed with the old application running
        EngineExecutionResults results = run(Releases.class, configuration);

        // THEN it fails on OLD_APPLICATION alone (it is reversible), naming V3's statement after which the errors began
        String rename = "  first at " + N + " ms into the release, right after line 1 of V3__rename_customer_email.sql:"
                + " ALTER TABLE customers RENAME COLUMN email TO email_address\n";
        assertMatches(message(results, "release 3 (V2 to V3)").orElseThrow(),
                "release 3 (V2 to V3): the old application failed " + N + " times during and after the release's forward and"
                + " down scripts (0 before it):\n"
                + "  42703 column \"email\" does not exist — " + N + " × in Release1.find (Release1.java:34):"
                + " select id, email from customers where id = ?\n" + rename
                + "  42703 column \"email\" of relation \"customers\" does not exist — " + N + " × in Release1.signUp (Release1.java:27):"
                + " insert into customers (email, name) values (?, ?)\n" + rename
                + "  Expand and contract instead: add the new column, write both, backfill, switch reads, drop the old column in a later release."
                + REPLAY);
    }

    @Test
    void postDeployMigrationOfAReleaseRunsOnceTheNewCodeIsLiveSoTheOldApplicationIsNotJudgedAgainstIt() throws Exception {
        // GIVEN release 3 adds a column, then, post-deploy, renames the column the old code writes (and its down script
        //       renames it back, before the old code is deployed again)
        Map<String, String> configuration = Histories.write(dir, history(
                "V2__add_customer_nickname.sql", "ALTER TABLE customers ADD COLUMN nickname text;",
                "U2__add_customer_nickname.sql", "ALTER TABLE customers DROP COLUMN nickname;",
                "V3__rename_customer_name.sql", "-- migrationtest: post-deploy\nALTER TABLE customers RENAME COLUMN name TO full_name;",
                "U3__rename_customer_name.sql", "ALTER TABLE customers RENAME COLUMN full_name TO name;"));

        // WHEN the release is rehearsed with the old application running
        EngineExecutionResults results = run(Releases.class, configuration);

        // THEN it passes: the old code's failures while V3 and its down script ran are recorded, not judged
        assertThat(outcome(results, "release 3 (V2 to V3)")).isEqualTo("SUCCESSFUL");
        ReleaseStep release = seen.get("release 3 (V2 to V3)");
        ApplicationReport report = release.oldApplication().orElseThrow();
        assertThat(report.phases()).extracting(ApplicationPhase::name).containsExactly("before", "forward", "post-deploy",
                "post-deploy-back", "back", "after");
        assertThat(report.phase("post-deploy").orElseThrow().errors()).extracting(ApplicationError::sqlState).containsExactly("42703");
        assertMatches(release.verdict(Check.OLD_APPLICATION).message(), "old application: " + N + " calls before, " + N
                + " calls during the forward scripts, " + N + " calls during the post-deploy scripts (the new code is live:"
                + " not judged), " + N + " calls during their down scripts (not judged either), " + N + " calls during the down"
                + " scripts, " + N + " calls after them, no new error; p99 " + N + " ms");
    }

    @Test
    void allowedSqlStateIsAcceptedOnTheReleaseWithItsReason() throws Exception {
        // GIVEN the release that renames customers.email, and a method that accepts 42703 with a reason
        Map<String, String> configuration = Histories.write(dir, history(
                "V2__rename_customer_email.sql", "ALTER TABLE customers RENAME COLUMN email TO email_address;",
                "U2__rename_customer_email.sql", "ALTER TABLE customers RENAME COLUMN email_address TO email;"));

        // WHEN the release is rehearsed with the old application running
        EngineExecutionResults results = run(AllowingRelease.class, configuration);

        // THEN it passes, and OLD_APPLICATION says what it accepted and why
        assertThat(outcome(results, "release 2 (V2)")).isEqualTo("SUCCESSFUL");
        assertMatches(seen.get("release 2 (V2)").verdict(Check.OLD_APPLICATION).message(), "old application: " + N
                + " calls before, " + N + " calls during the forward scripts, " + N + " calls during the down scripts, " + N
                + " calls after them, no new error; p99 " + N + " ms; accepted: allow-old-application-error 42703"
                + " (the shop is in maintenance mode during this deploy)");
    }

    @Test
    void downScriptThatDropsWhatTheOldCodeUsesFailsTheReleaseNamingTheDownScript() throws Exception {
        // GIVEN release 2 adds a notes table and "adds" customers.name, which exists already (IF NOT EXISTS does nothing),
        //       and its down script drops both: forward is harmless, rolling back takes the old code's column away
        Map<String, String> configuration = Histories.write(dir, history(
                "V2__add_customer_notes.sql", "CREATE TABLE customer_notes (customer_id bigint, note text);\n"
                        + "ALTER TABLE customers ADD COLUMN IF NOT EXISTS name text;",
                "U2__add_customer_notes.sql", "DROP TABLE customer_notes;\nALTER TABLE customers DROP COLUMN name;"));

        // WHEN the release is rehearsed with the old application running and the test asserts it keeps working
        EngineExecutionResults results = run(AssertedRelease.class, configuration);

        // THEN the assertion fails naming the down script's statement after which the old INSERTs failed
        assertMatches(message(results, "release 2 (V2)").orElseThrow(),
                "\nExpecting release 2 (V2) to keep the old application working (OLD_APPLICATION) but it did not:\n"
                + "the old application failed " + N + " times during and after the release's forward and down"
                + " scripts (0 before it):\n"
                + "  42703 column \"name\" of relation \"customers\" does not exist — " + N + " × in Release1.signUp (Release1.java:27):"
                + " insert into customers (email, name) values (?, ?)\n"
                + "  first at " + N + " ms into the release, right after line 2 of down script U2__add_customer_notes.sql:"
                + " ALTER TABLE customers DROP COLUMN name\n"
                + "  The down scripts run while the old application is live (it is the code being rolled back to): a down script"
                + " must drop or rename only what the release added and that code does not use; undo a rename before anything"
                + " that depends on the new name, and keep what that code reads until it is gone.");
    }

    @Test
    void keepsOldApplicationWorkingWithoutAnOldApplicationSaysToDeclareOne() throws Exception {
        // GIVEN an additive release and a class without @OldApplication that asserts the old application keeps working
        Map<String, String> configuration = Histories.write(dir, history(
                "V2__add_customer_nickname.sql", "ALTER TABLE customers ADD COLUMN nickname text;",
                "U2__add_customer_nickname.sql", "ALTER TABLE customers DROP COLUMN nickname;"));

        // WHEN the release is rehearsed
        ConsoleCapture.Captured<EngineExecutionResults> captured = ConsoleCapture.of(() -> run(NoOldApplication.class, configuration));
        EngineExecutionResults results = captured.result();

        // THEN the assertion fails saying what to declare, and the release has no OLD_APPLICATION verdict of its own
        assertThat(message(results, "release 2 (V2)")).hasValue("\nExpecting release 2 (V2) to keep the old"
                + " application working but no old application ran: declare @OldApplication(workload = …) on the test class.");
        assertThat(seen.get("without: release 2 (V2)").verdicts()).extracting(Verdict::check).doesNotContain(Check.OLD_APPLICATION);
        //      and the class summary's line says the test failed it, as the console's step lines do
        assertThat(captured.lines()).filteredOn(line -> line.contains("release 2 (V2)") && line.contains("again"))
                .last().asString().endsWith("FAILED: the test failed: Expecting release 2 (V2) to keep the old application"
                        + " working but no old application ran: declare @O…");
    }

    @Test
    void switchedOffTheOldApplicationDoesNotRunAndTheReleaseSaysSo() throws Exception {
        // GIVEN the renaming release, an @OldApplication, and OLD_APPLICATION switched off
        Map<String, String> configuration = Histories.write(dir, history(
                "V2__rename_customer_email.sql", "ALTER TABLE customers RENAME COLUMN email TO email_address;",
                "U2__rename_customer_email.sql", "ALTER TABLE customers RENAME COLUMN email_address TO email;"));
        configuration.put("migrationtest.checks.off", "OLD_APPLICATION");

        // WHEN the release is rehearsed
        EngineExecutionResults results = run(SwitchedOff.class, configuration);

        // THEN it passes without running the application, and its OLD_APPLICATION is skipped
        assertThat(outcome(results, "release 2 (V2)")).isEqualTo("SUCCESSFUL");
        ReleaseStep release = seen.get("off: release 2 (V2)");
        assertThat(release.oldApplication()).isEmpty();
        assertThat(release.verdict(Check.OLD_APPLICATION))
                .isEqualTo(new Verdict(Check.OLD_APPLICATION, Verdict.Outcome.NOT_RUN, Verdict.SKIPPED));
    }

    /** V1 creates the customers table release 1 of the application uses; {@code more} are file name, SQL, … */
    private static Map<String, String> history(String... more) {
        Map<String, String> scripts = new TreeMap<>();
        scripts.put("V1__create_customers.sql", "CREATE TABLE customers (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " email text, name text);");
        scripts.put("U1__create_customers.sql", "DROP TABLE customers;");
        for (int i = 0; i < more.length; i += 2) {
            scripts.put(more[i], more[i + 1]);
        }
        return scripts;
    }

    @MigrationTest(seedAt = "1", rows = 20, releases = {"3"})
    @OldApplication(workload = Release1.class)
    static class Releases {
        @EachRelease
        void release(ReleaseStep release) {
            seen.put(release.displayName(), release);
        }
    }

    @MigrationTest(seedAt = "1", rows = 20, releases = {"2"})
    @OldApplication(workload = Release1.class)
    static class AssertedRelease {
        @EachRelease
        void release(ReleaseStep release) {
            assertThat(release).keepsOldApplicationWorking();
        }
    }

    @MigrationTest(seedAt = "1", rows = 20, releases = {"2"})
    @OldApplication(workload = Release1.class)
    static class AllowingRelease {
        @EachRelease
        void release(ReleaseStep release) {
            assertThat(release).allowsOldApplicationError("42703", "the shop is in maintenance mode during this deploy");
            seen.put(release.displayName(), release);
        }
    }

    @MigrationTest(seedAt = "1", rows = 20, releases = {"2"})
    static class NoOldApplication {
        @EachRelease
        void release(ReleaseStep release) {
            seen.put("without: " + release.displayName(), release);
            assertThat(release).keepsOldApplicationWorking();
        }
    }

    @MigrationTest(seedAt = "1", rows = 20, releases = {"2"})
    @OldApplication(workload = Release1.class)
    static class SwitchedOff {
        @EachRelease
        void release(ReleaseStep release) {
            seen.put("off: " + release.displayName(), release);
        }
    }
}

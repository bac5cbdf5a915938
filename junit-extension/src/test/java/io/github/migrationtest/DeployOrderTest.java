package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Template.N;
import static io.github.migrationtest.testing.Template.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.EmailAddressRelease;
import io.github.migrationtest.testing.EmailRelease;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Once a post-deploy migration ran, the new code is live: it and every later migration are judged against the
 * {@code @CurrentApplication}, never against the old one. History: V1 create, V2 additive, V3 post-deploy drop of
 * email (the old code reads it), V4 drops nickname (only the old code reads it) or name (the new code reads it).
 */
class DeployOrderTest {

    static final String H = "classpath:histories/deploy-order/";
    static final String MARKED = H + "marked/V3__drop_email.sql line 1";
    static final String KEPT = " calls before, " + N + " calls during, " + N + " calls after the forward run, no new error; p99 " + N + " ms";
    static final Map<String, MigrationStep> seen = new ConcurrentHashMap<>();

    @Test
    void laterMigrationsAreJudgedAgainstTheCurrentApplication() {
        EngineExecutionResults results = run(Marked.class);

        assertThat(outcome(results, "V4 drop nickname")).as("dropping what only the old code reads is safe once the new code is live")
                .isEqualTo("SUCCESSFUL");
        assertMatches(verdict("Marked", "2"), "old application: " + N + KEPT);
        assertMatches(verdict("Marked", "3"), "current application: " + N + KEPT);
        assertMatches(verdict("Marked", "4"), "current application: " + N + KEPT
                + "; judged against @CurrentApplication: the new code is live since V3 drop email ran post-deploy (" + MARKED + ")");
        assertThat(seen.get("Marked 4").oldApplication().orElseThrow().code()).isEqualTo("EmailAddressRelease");
    }

    @Test
    void aLaterMigrationThatBreaksTheCurrentApplicationFailsNamingIt() {
        EngineExecutionResults results = run(BreaksCurrent.class);

        assertMatches(message(results, "V4 drop name").orElseThrow(), "V4 drop name: the current application failed " + N
                + " times during and after the migration (0 before it):\n  42703 column \"name\" does not exist — " + N
                + " × in EmailAddressRelease.run (EmailAddressRelease.java:16): select id, name, email_address from customers where id = ?"
                + "\n  first at " + N + " ms into the forward run, right after line 2: ALTER TABLE customers DROP COLUMN name"
                + "\n  Expand and contract instead: add the new column, write both, backfill, switch reads, drop the old column in a later release."
                + "\n  Judged against @CurrentApplication: the new code is live since V3 drop email ran post-deploy (" + MARKED + ")."
                + OldApplicationTest.REPLAY);
    }

    @Test
    void withoutCurrentApplicationLaterMigrationsAreNotJudgedAgainstTheOldOne() {
        EngineExecutionResults results = run(OldOnly.class);

        assertThat(outcome(results, "V4 drop nickname")).isEqualTo("SUCCESSFUL");
        assertThat(verdict("OldOnly", "3")).isEqualTo("post-deploy (" + MARKED + "): it runs once the new code is live, so the old"
                + " application is not judged against it (and no @CurrentApplication is declared)");
        assertThat(verdict("OldOnly", "4")).isEqualTo("not judged: the new code is live since V3 drop email ran post-deploy (" + MARKED
                + "), so the old application is not judged against this later migration (and no @CurrentApplication is declared)");
    }

    @Test
    void reportMdShowsEachStepsApplicationPerPhase(@TempDir Path reports) throws IOException {
        run(BreaksCurrent.class, Map.of("migrationtest.report.directory", reports.toString()));

        List<String> lines = Files.readString(reports.resolve("BreaksCurrent").resolve("report.md")).lines()
                .filter(l -> l.matches("(- (old|current) application|  - ).*")).toList();
        String phase = " " + N + " calls, " + N + " failed, p50/p95/p99 " + N + "/" + N + "/" + N + " ms";
        String phases = " on 4 threads: before" + phase + " · forward" + phase + " · after" + phase;
        String failure = ": 42703 column \"name\" does not exist — " + N + " × in EmailAddressRelease.run (EmailAddressRelease.java:16):"
                + " select id, name, email_address from customers where id = ?";
        assertThat(lines).as("V2, V3, V4, then V4's failures in the phases they came in (the drop commits as forward ends)")
                .hasSizeBetween(4, 5);
        assertMatches(lines.get(0), "- old application `EmailRelease`" + phases);
        assertMatches(lines.get(1), "- current application `EmailAddressRelease`" + phases);
        assertMatches(lines.get(2), "- current application `EmailAddressRelease`" + phases);
        assertMatches(lines.get(lines.size() - 1), "  - after" + failure);
        if (lines.size() == 5) {
            assertMatches(lines.get(3), "  - forward" + failure);
        }
    }

    private static String verdict(String test, String version) {
        return seen.get(test + " " + version).verdict(Check.OLD_APPLICATION).message();
    }

    /** Keeps each step under its class's simple name and version, e.g. {@code Marked 4}. */
    abstract static class Recording {
        @EachMigration
        void step(MigrationStep step) {
            seen.put(getClass().getSimpleName() + " " + step.version(), step);
        }
    }

    @MigrationTest(locations = {H + "migration", H + "marked", H + "drop-nickname"}, undoLocations = H + "undo", seedAt = "1", rows = 20,
            requireUndo = MigrationTest.Requirement.FALSE)
    @OldApplication(workload = EmailRelease.class)
    @CurrentApplication(workload = EmailAddressRelease.class)
    static class Marked extends Recording {
    }

    @MigrationTest(locations = {H + "migration", H + "marked", H + "drop-name"}, undoLocations = H + "undo", seedAt = "1", rows = 20,
            requireUndo = MigrationTest.Requirement.FALSE)
    @OldApplication(workload = EmailRelease.class)
    @CurrentApplication(workload = EmailAddressRelease.class)
    static class BreaksCurrent extends Recording {
    }

    @MigrationTest(locations = {H + "migration", H + "marked", H + "drop-nickname"}, undoLocations = H + "undo", seedAt = "1", rows = 20,
            requireUndo = MigrationTest.Requirement.FALSE)
    @OldApplication(workload = EmailRelease.class)
    static class OldOnly extends Recording {
    }
}

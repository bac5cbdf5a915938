package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.Histories;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** After its down scripts a release must leave the previous release's schema; without them it is irreversible or fails. */
class ReleaseSchemaTest {

    @TempDir
    Path dir;

    @Test
    void downScriptsThatLeaveAnIndexBehindFailNamingTheIndexTheScriptsThatRanAndTheRerunThatTripsOverIt() throws Exception {
        // GIVEN release 3 (V2 adds a column, V3 indexes it) whose U2 drops the column but U3 forgets the other index V3 made
        Map<String, String> scripts = history();
        scripts.put("U3__index_nickname.sql", "DROP INDEX customers_nickname_idx;");
        Map<String, String> configuration = Histories.write(dir, scripts);

        // WHEN the release is rehearsed
        EngineExecutionResults results = run(Releases.class, configuration);

        // THEN SCHEMA_RESTORED fails naming the index with both sides and the down scripts in the order they ran, and
        //      forward again fails on the index left behind
        assertThat(message(results, "release 3 (V2 to V3)")).hasValue("release 3 (V2 to V3) failed 2 checks:\n"
                + "release 3 (V2 to V3): its down scripts do not restore the schema"
                + " (1 difference, before the release → after U3__index_nickname.sql, U2__add_nickname.sql):\n"
                + "  index public.customers_id_desc_idx: (absent) → CREATE INDEX customers_id_desc_idx ON public.customers USING btree (id DESC)\n"
                + "release 3 (V2 to V3): forward again after rolling back failed at V3 index nickname: "
                + Histories.migration(dir, "V3__index_nickname.sql") + " line 2: SQLSTATE 42P07 relation \"customers_id_desc_idx\" already"
                + " exists (in: CREATE INDEX customers_id_desc_idx ON customers (id DESC))\n"
                + "  The down scripts left behind something that V3 index nickname creates (a table, a column, data);"
                + " make them remove everything the release adds.");
    }

    @Test
    void releaseWithoutDownScriptsPassesAsIrreversibleWhenRequireUndoIsOff() throws Exception {
        // GIVEN release 3 whose V3 has no down script, and requireUndo = FALSE
        Map<String, String> scripts = history();
        Map<String, String> configuration = Histories.write(dir, scripts);
        Irreversible.seen.clear();

        // WHEN the release is rehearsed
        EngineExecutionResults results = run(Irreversible.class, configuration);

        // THEN it passes; DOWN_SCRIPT says why nothing was rolled back, and nothing after it ran
        assertThat(outcome(results, "release 3 (V2 to V3)")).isEqualTo("SUCCESSFUL");
        ReleaseStep release = Irreversible.seen.get(1);
        assertThat(release.verdict(Check.DOWN_SCRIPT)).isEqualTo(new Verdict(Check.DOWN_SCRIPT, Verdict.Outcome.NOT_RUN,
                "release 3 (V2 to V3) is irreversible: no U3__index_nickname.sql (requireUndo is off), so back and again were skipped."));
        assertThat(release.verdicts()).filteredOn(v -> v.outcome() == Verdict.Outcome.PASSED).extracting(Verdict::check)
                .containsExactly(Check.FORWARD);
        assertThat(release.backTime()).isEmpty();
    }

    /** V1 customers; V2 adds nickname; V3 indexes it and the id; U3 is left to each test. */
    private static Map<String, String> history() {
        Map<String, String> scripts = new TreeMap<>();
        scripts.put("V1__create_customers.sql", "CREATE TABLE customers (id bigint PRIMARY KEY);");
        scripts.put("U1__create_customers.sql", "DROP TABLE customers;");
        scripts.put("V2__add_nickname.sql", "ALTER TABLE customers ADD COLUMN nickname text;");
        scripts.put("U2__add_nickname.sql", "ALTER TABLE customers DROP COLUMN nickname;");
        scripts.put("V3__index_nickname.sql", "CREATE INDEX customers_nickname_idx ON customers (nickname);\n"
                + "CREATE INDEX customers_id_desc_idx ON customers (id DESC);");
        return scripts;
    }

    @MigrationTest(releases = {"1", "3"})
    static class Releases {
        @EachRelease
        void release(ReleaseStep release) {
        }
    }

    @MigrationTest(releases = {"1", "3"}, requireUndo = MigrationTest.Requirement.FALSE)
    static class Irreversible {
        static final List<ReleaseStep> seen = new ArrayList<>();

        @EachRelease
        void release(ReleaseStep release) {
            seen.add(release);
        }
    }
}

package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.Histories;
import io.github.migrationtest.internal.JsonReader;
import io.github.migrationtest.testing.SchemaCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Releases run on seeded data at the previous release; their down scripts must give back the data as well as the schema. */
class SeededReleasesTest {

    @TempDir
    Path dir;

    @Test
    void goodReleaseRoundTripsOnSeededDataWhileLossyAndUnrepeatableOnesFailNamingTheColumn() throws Exception {
        // GIVEN 50 seeded customers; release 3 adds a column and an index, release 4 upper-cases full_name and its down does
        //       nothing, release 5 adds a column filled with random tokens
        Map<String, String> configuration = Histories.write(dir, history());
        configuration.put("migrationtest.seed-cache", "false");
        Releases.seen.clear();

        // WHEN both releases are rehearsed
        EngineExecutionResults results = run(Releases.class, configuration);

        // THEN release 3 passes with every migration forward, back and again, and its schema changes
        assertThat(outcome(results, "release 3 (V2 to V3)")).isEqualTo("SUCCESSFUL");
        ReleaseStep good = Releases.seen.get(0);
        assertThat(good.name()).isEqualTo("3");
        assertThat(good.versions()).containsExactly("2", "3");
        assertThat(good.migrations()).extracting(ReleaseMigration::displayName).containsExactly("V2 add nickname", "V3 index full name");
        assertThat(good.migrations()).allSatisfy(m -> {
            assertThat(m.backTime()).isPresent();
            assertThat(m.againTime()).isPresent();
            assertThat(m.verdicts()).extracting(Verdict::check).containsExactly(Check.FORWARD, Check.DOWN_SCRIPT, Check.BACK, Check.AGAIN);
            assertThat(m.verdicts()).allMatch(v -> v.outcome() == Verdict.Outcome.PASSED);
        });
        assertThat(good.verdicts()).extracting(Verdict::check).containsExactly(Check.FORWARD, Check.DOWN_SCRIPT, Check.BACK,
                Check.SCHEMA_RESTORED, Check.AGAIN, Check.SCHEMA_REPRODUCED, Check.DATA_RESTORED, Check.DATA_REPRODUCED);
        assertThat(good.verdicts()).allMatch(v -> v.outcome() == Verdict.Outcome.PASSED);
        assertThat(good.schemaChanges()).extracting(SchemaDifference::toString).containsExactlyInAnyOrder(
                "column public.customers.nickname: (absent) → text",
                "index public.customers_full_name_idx: (absent) → CREATE INDEX customers_full_name_idx ON public.customers USING btree (full_name)");
        // AND release 4 fails on DATA_RESTORED only, naming table, column and the seed to replay
        assertThat(Releases.seen.get(1).verdicts()).filteredOn(Verdict::failed).extracting(Verdict::check).containsExactly(Check.DATA_RESTORED);
        assertThat(message(results, "release 4 (V4)")).hasValue("release 4 (V4): down script does not restore data:"
                + " public.customers.full_name differs in 50 of 50 rows; e.g. " + upperCased(
                        "1", "Frankie Block", "2", "Mr. Kris", "3", "Christian Murazik", "4", "Genia Bernier", "5", "Ms. Ritchie",
                        "6", "Colin Abbott", "7", "Damien Prohaska", "8", "Lina Emmerich", "9", "Gaylene Olson", "10", "Ericka PhD")
                + ". Make the down script put these values back (a column dropped by the migration comes back empty;"
                + " keep a copy of its data in the migration if it must be reversible).\n"
                + "  (seeded data, seed 7: replay with -Dmigrationtest.seed=7)");
        // AND release 5, whose backfill draws random tokens, fails on DATA_REPRODUCED only
        assertThat(Releases.seen.get(2).verdicts()).filteredOn(Verdict::failed).extracting(Verdict::check).containsExactly(Check.DATA_REPRODUCED);
        assertThat(message(results, "release 5 (V5)")).hasValue("release 5 (V5): forward migration is not repeatable:"
                + " public.customers.token differs in at most 50 of 50 rows. Make the backfill idempotent: compute the new value"
                + " from its source columns, not from its own current value.\n"
                + "  (seeded data, seed 7: replay with -Dmigrationtest.seed=7)");
        // AND both reports carry one entry per release
        Path reports = dir.resolve("reports").resolve("Releases");
        Map<String, Object> json = map(JsonReader.read(Files.readString(reports.resolve("report.json"))));
        List<Map<String, Object>> releases = ((List<?>) json.get("releases")).stream().map(SeededReleasesTest::map).toList();
        assertThat(releases).extracting(r -> r.get("displayName") + " " + r.get("outcome") + " " + r.get("versions"))
                .containsExactly("release 3 (V2 to V3) PASSED [2, 3]", "release 4 (V4) FAILED [4]", "release 5 (V5) FAILED [5]");
        Map<String, Object> schema = map(JsonReader.read(Files.readString(Path.of("..", "docs", "report-schema.json"))));
        assertThat(SchemaCheck.problems(json, schema)).isEmpty();
        assertThat(json).as("a failed release makes the run NO-GO").containsEntry("verdict", "NO-GO");
        assertThat(Files.readString(reports.resolve("report.md"))).contains("| Release | Outcome | Forward | Back | Again |\n|---|---|---:|---:|---:|\n"
                + "| release 3 (V2 to V3) | PASSED |", "| release 4 (V4) | FAILED: release 4 (V4): down script does not restore data:");
        assertThat(Files.readString(reports.resolve("report.html"))).contains("<h2>Releases</h2>",
                "<h3 class=\"PASSED\">release 3 (V2 to V3)</h3>", "<h3 class=\"FAILED\">release 4 (V4)</h3>");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    /** {@code id=1: 'Ada' → 'ADA', …} for pairs of id and seeded name. */
    private static String upperCased(String... idsAndNames) {
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < idsAndNames.length; i += 2) {
            examples.add("id=" + idsAndNames[i] + ": '" + idsAndNames[i + 1] + "' → '" + idsAndNames[i + 1].toUpperCase(java.util.Locale.ROOT) + "'");
        }
        return String.join(", ", examples);
    }

    private static Map<String, String> history() {
        Map<String, String> scripts = new TreeMap<>();
        scripts.put("V1__create_customers.sql", "CREATE TABLE customers (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " email varchar(200) NOT NULL UNIQUE, full_name text NOT NULL);");
        scripts.put("U1__create_customers.sql", "DROP TABLE customers;");
        scripts.put("V2__add_nickname.sql", "ALTER TABLE customers ADD COLUMN nickname text;");
        scripts.put("U2__add_nickname.sql", "ALTER TABLE customers DROP COLUMN nickname;");
        scripts.put("V3__index_full_name.sql", "CREATE INDEX customers_full_name_idx ON customers (full_name);");
        scripts.put("U3__index_full_name.sql", "DROP INDEX customers_full_name_idx;");
        scripts.put("V4__upper_case_names.sql", "UPDATE customers SET full_name = upper(full_name);");
        scripts.put("U4__upper_case_names.sql", "SELECT 1;");
        scripts.put("V5__add_token.sql", "ALTER TABLE customers ADD COLUMN token text;\nUPDATE customers SET token = md5(random()::text);");
        scripts.put("U5__add_token.sql", "ALTER TABLE customers DROP COLUMN token;");
        return scripts;
    }

    @MigrationTest(seedAt = "1", rows = 50, seed = 7, releases = {"3", "4", "5"})
    static class Releases {
        static final List<ReleaseStep> seen = new ArrayList<>();

        @EachRelease
        void release(ReleaseStep release) {
            seen.add(release);
        }
    }
}

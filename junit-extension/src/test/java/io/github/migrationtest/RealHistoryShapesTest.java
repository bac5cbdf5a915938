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

/** Shapes that public migration histories have and our own fixtures did not, each in a small history of its own. */
class RealHistoryShapesTest {

    @TempDir
    Path dir;

    /** {@code RENAME COLUMN a TO b; ADD COLUMN a …}: a's values live on in b; the new a is no change of a's data. */
    @Test
    void columnRenamedAndReplacedByANewColumnOfItsNameKeepsItsData() throws Exception {
        Map<String, String> scripts = new TreeMap<>();
        scripts.put("V1__create_devices.sql", "CREATE TABLE devices (id int PRIMARY KEY, kind varchar(32));\n"
                + "INSERT INTO devices SELECT i, CASE WHEN i % 5 = 0 THEN NULL ELSE 'kind ' || i END FROM generate_series(1, 20) i;\n");
        scripts.put("U1__create_devices.sql", "DROP TABLE devices;\n");
        scripts.put("V2__split_kind.sql", "ALTER TABLE devices RENAME COLUMN kind TO format;\n"
                + "ALTER TABLE devices ADD COLUMN kind varchar(32) NOT NULL DEFAULT '';\n");
        scripts.put("U2__split_kind.sql", "ALTER TABLE devices DROP COLUMN kind;\n"
                + "ALTER TABLE devices RENAME COLUMN format TO kind;\n");
        Steps.seen.clear();

        EngineExecutionResults results = run(Steps.class, Histories.write(dir, scripts));

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
        assertThat(Steps.seen.get(1).dataChanges()).extracting(DataChange::message).containsExactly(
                "migration keeps data: public.devices.kind is renamed to format; all 20 values kept");
    }

    /**
     * {@code 'now'::timestamp} in a view is frozen into the literal of the moment it was created: the view re-created
     * by forward again or by a down script has another literal, and is still the same view. A down script that writes
     * another literal of its own is still a difference.
     */
    @Test
    void timeFrozenIntoAViewWhenItWasCreatedIsNoDifferenceButAnotherFixedDateIs() throws Exception {
        Map<String, String> scripts = new TreeMap<>();
        scripts.put("V1__create_posts.sql", "CREATE TABLE posts (id int PRIMARY KEY, published timestamp NOT NULL);\n");
        scripts.put("U1__create_posts.sql", "DROP TABLE posts;\n");
        scripts.put("V2__recent_posts.sql", "CREATE VIEW recent_posts AS SELECT id FROM posts\n"
                + "  WHERE published > 'now'::timestamp - '1 mon'::interval AND published > '2020-01-01'::date;\n");
        scripts.put("U2__recent_posts.sql", "DROP VIEW recent_posts;\n");
        scripts.put("V3__recent_posts_published.sql", "CREATE OR REPLACE VIEW recent_posts AS SELECT id, published FROM posts\n"
                + "  WHERE published > 'now'::timestamp - '1 mon'::interval AND published > '2020-01-01'::date;\n");
        scripts.put("U3__recent_posts_published.sql", "DROP VIEW recent_posts;\n"
                + "CREATE VIEW recent_posts AS SELECT id FROM posts\n"
                + "  WHERE published > 'now'::timestamp - '1 mon'::interval AND published > '2021-01-01'::date;\n");
        Map<String, String> configuration = Histories.write(dir, scripts);

        EngineExecutionResults results = run(Steps.class, configuration);

        assertThat(outcome(results, "V2 recent posts")).isEqualTo("SUCCESSFUL");
        assertThat(message(results, "V3 recent posts published")).hasValueSatisfying(m -> assertThat(m.replaceAll(
                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+", "NOW")).isEqualTo("V3 recent posts published: down script "
                + Histories.migration(dir, "").replace("/migration/", "/undo/") + "U3__recent_posts_published.sql does not restore the schema"
                + " (1 difference, before V3 → after its down script):\n"
                + "  view public.recent_posts: SELECT id FROM public.posts WHERE ((published > ('NOW'::timestamp without time zone"
                + " - '1 mon'::interval)) AND (published > '2020-01-01'::date)) → SELECT id FROM public.posts WHERE ((published >"
                + " ('NOW'::timestamp without time zone - '1 mon'::interval)) AND (published > '2021-01-01'::date))"));
    }

    @MigrationTest
    static class Steps {
        static final List<MigrationStep> seen = new ArrayList<>();

        @EachMigration
        void step(MigrationStep step) {
            seen.add(step);
        }
    }
}

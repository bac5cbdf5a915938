package io.github.migrationtest;

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

    @MigrationTest
    static class Steps {
        static final List<MigrationStep> seen = new ArrayList<>();

        @EachMigration
        void step(MigrationStep step) {
            seen.add(step);
        }
    }
}

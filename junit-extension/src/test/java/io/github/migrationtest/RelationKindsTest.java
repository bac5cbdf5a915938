package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Steps that alter tables behind a materialized view, a view, a partitioned table with partitions and a foreign table
 * (file_fdw) are rehearsed like any other: probes, lock trace and fingerprints cope with every relation kind.
 */
class RelationKindsTest {

    private static EngineExecutionResults results;

    @BeforeAll
    static void rehearse() {
        results = run(RelationKinds.class);
    }

    @Test
    void explore() {
        for (String name : List.of("V1 create authors", "V2 add author country", "V3 rebuild author stats")) {
            System.out.println(name + " " + outcome(results, name) + " " + message(results, name));
        }
        RelationKinds.seen.forEach(s -> System.out.println(s + " blocked=" + s.blockedTables() + " rewrites=" + s.rewrittenTables()));
        results.allEvents().failed().stream().forEach(e -> System.out.println(e));
    }

    @MigrationTest(locations = "classpath:histories/relation-kinds/migration", undoLocations = "classpath:histories/relation-kinds/undo")
    static class RelationKinds {
        static final List<MigrationStep> seen = new CopyOnWriteArrayList<>();

        @EachMigration
        void rehearsed(MigrationStep step) {
            seen.add(step);
        }
    }
}

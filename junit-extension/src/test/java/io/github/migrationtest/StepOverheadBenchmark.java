package io.github.migrationtest;

import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.ConsoleCapture;
import io.github.migrationtest.testing.EngineRuns;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The harness's overhead per step on the good history (three tiny migrations), unseeded and seeded with 1,000 rows
 * per table: prints each summary's "harness overhead per step" line. Run with {@code -Dmigrationtest.excludedTags=}.
 */
@Tag("benchmark")
class StepOverheadBenchmark {

    @Test
    void printsOverheadPerStepOfTheGoodHistory() {
        for (Class<?> history : List.of(Unseeded.class, Seeded.class)) {
            ConsoleCapture.Captured<EngineExecutionResults> run = ConsoleCapture.of(() -> EngineRuns.run(history));
            run.result().testEvents().assertStatistics(s -> s.failed(0));
            List<String> overhead = run.lines().stream().filter(l -> l.contains("harness overhead per step")).toList();
            assertThat(overhead).hasSize(1);
            System.err.println("BENCHMARK " + history.getSimpleName() + ": " + overhead.get(0));
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo")
    static class Unseeded {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo", seedAt = "1", rows = 1_000)
    static class Seeded {
        @EachMigration
        void step(MigrationStep step) {
        }
    }
}

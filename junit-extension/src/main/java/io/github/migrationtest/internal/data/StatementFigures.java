package io.github.migrationtest.internal.data;

import io.github.migrationtest.StatementRun;
import io.github.migrationtest.internal.engine.Figures;
import java.util.List;

/**
 * The rows and time of each data-changing statement of the forward script, attached once by
 * {@link StatementRunObserver} before the forward run.
 *
 * @param runs one per INSERT, UPDATE, DELETE or MERGE that ran, in script order
 */
public record StatementFigures(List<StatementRun> runs) implements Figures.Statements {

    public StatementFigures {
        runs = List.copyOf(runs);
    }
}

package io.github.migrationtest.internal.data;

import io.github.migrationtest.DataChange;
import io.github.migrationtest.internal.engine.Figures;
import java.util.List;

/**
 * What the data check found on a step, attached once by {@link DataObserver} at the end of the step, before it judges.
 *
 * @param changes every data change of the forward, round-trip and again comparisons, losses and others
 */
public record DataFigures(List<DataChange> changes) implements Figures.Data {

    public DataFigures {
        changes = List.copyOf(changes);
    }
}

package io.github.migrationtest.internal.locks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the lock check measured of a step for the reports, attached to the step by {@link LockObserver}.
 *
 * @param pictures       per watched phase, the migration's locks and the probes' blocked spans on one time axis
 * @param productionRows each user table's production size before the step (the {@code @Rows} count, or its rows
 *                       divided by the scale)
 * @param threshold      the longest blocked read or write the BLOCKING check tolerated for this step
 */
public record LockFigures(List<LockPicture> pictures, Map<String, Long> productionRows, Duration threshold) {

    public LockFigures {
        pictures = List.copyOf(pictures);
        productionRows = Map.copyOf(productionRows);
    }
}

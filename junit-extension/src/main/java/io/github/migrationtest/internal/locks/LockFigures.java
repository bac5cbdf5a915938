package io.github.migrationtest.internal.locks;

import io.github.migrationtest.BlockedTable;
import io.github.migrationtest.LockRuleBreach;
import io.github.migrationtest.internal.engine.Figures;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the lock check measured of a step, attached once to the step by {@link LockObserver} before it judges.
 *
 * @param breaches          the lock rules the forward script broke, allowed or not
 * @param rewrites          per table the forward run rewrote, why
 * @param blocked           per watched phase and existing table, the longest blocked read and write
 * @param probeLatencyP99   what the machine's load added to the probes' round trips (never judged)
 * @param samplerCpuPercent share of one client core the lock sampler used
 * @param pictures          per watched phase, the migration's locks and the probes' blocked spans on one time axis
 * @param productionRows    each user table's production size before the step (the {@code @Rows} count, or its rows
 *                          divided by the scale)
 * @param threshold         the longest blocked read or write the BLOCKING check tolerated for this step
 */
public record LockFigures(List<LockRuleBreach> breaches, Map<String, String> rewrites, List<BlockedTable> blocked,
        Duration probeLatencyP99, double samplerCpuPercent, List<LockPicture> pictures, Map<String, Long> productionRows,
        Duration threshold) implements Figures.Locks {

    public LockFigures {
        breaches = List.copyOf(breaches);
        rewrites = Collections.unmodifiableMap(new LinkedHashMap<>(rewrites));
        blocked = List.copyOf(blocked);
        pictures = List.copyOf(pictures);
        productionRows = Map.copyOf(productionRows);
    }
}

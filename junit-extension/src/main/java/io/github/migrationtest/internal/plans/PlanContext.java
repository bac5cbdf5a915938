package io.github.migrationtest.internal.plans;

import java.util.Map;
import java.util.Set;

/**
 * What a plan comparison needs to know about the step besides the two plans.
 *
 * @param productionRows production rows by table ({@code public.orders}), the {@code @Rows} count before the scale
 * @param indexesBefore  index definitions by name before the migration, the name left out ({@code CREATE INDEX ON …})
 * @param indexesAfter   the same after it
 * @param errorFromRows  from how many production rows a lost index or a new whole-table scan is an error
 * @param maxCostFactor  how much the estimated cost may grow
 */
record PlanContext(Map<String, Long> productionRows, Map<String, String> indexesBefore, Map<String, String> indexesAfter,
                   long errorFromRows, double maxCostFactor) {

    long rows(String relation) {
        return productionRows.getOrDefault(relation, 0L);
    }

    boolean big(String relation) {
        return rows(relation) >= errorFromRows;
    }

    Set<String> dropped() {
        return indexesBefore.keySet().stream().filter(i -> !indexesAfter.containsKey(i)).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether the after plan uses an index defined as the dropped one was (a rename, or a rebuilt copy). */
    boolean replaced(String dropped, PlanNode after) {
        String definition = indexesBefore.get(dropped);
        return after.indexes().stream().anyMatch(i -> definition != null && definition.equals(indexesAfter.get(i)));
    }
}

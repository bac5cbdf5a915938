package io.github.migrationtest.internal.plans;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How critical queries are planned and judged, already resolved from configuration.
 *
 * @param queries          the critical queries of the class, annotations first, then the files'
 * @param planner          the planner settings every plan is taken with: the pinned ones, overridden by the user's
 * @param errorFromRows    a lost index or a new sequential scan fails the step from this many production rows
 * @param maxCostFactor    an estimated cost growing by more than this factor fails the step
 */
public record PlanSettings(List<QuerySpec> queries, Map<String, String> planner, long errorFromRows, double maxCostFactor) {

    public static final long DEFAULT_ERROR_FROM_ROWS = 10_000;
    public static final double DEFAULT_MAX_COST_FACTOR = 2;

    /** What every plan is taken with unless the user says otherwise: PostgreSQL's defaults, jit and parallelism off. */
    public static final Map<String, String> PINNED = pinned();

    public static final PlanSettings NONE = new PlanSettings(List.of(), PINNED, DEFAULT_ERROR_FROM_ROWS, DEFAULT_MAX_COST_FACTOR);

    public PlanSettings {
        queries = List.copyOf(queries);
        planner = Collections.unmodifiableMap(new LinkedHashMap<>(planner));
    }

    /** The pinned settings with the user's {@code name=value} pairs on top, in a stable order. */
    public static Map<String, String> withUser(Map<String, String> user) {
        Map<String, String> all = new LinkedHashMap<>(PINNED);
        all.putAll(user);
        return all;
    }

    private static Map<String, String> pinned() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("jit", "off");
        m.put("max_parallel_workers_per_gather", "0");
        m.put("random_page_cost", "4");
        m.put("seq_page_cost", "1");
        m.put("cpu_tuple_cost", "0.01");
        m.put("cpu_index_tuple_cost", "0.005");
        m.put("cpu_operator_cost", "0.0025");
        m.put("effective_cache_size", "4GB");
        m.put("work_mem", "4MB");
        for (String method : List.of("seqscan", "indexscan", "indexonlyscan", "bitmapscan", "sort", "hashagg", "hashjoin",
                "mergejoin", "nestloop")) {
            m.put("enable_" + method, "on");
        }
        return Collections.unmodifiableMap(m);
    }
}

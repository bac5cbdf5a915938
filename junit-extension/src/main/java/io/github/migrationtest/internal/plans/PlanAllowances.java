package io.github.migrationtest.internal.plans;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the test or the script accepted about plans on one step: plan changes per query (with the reason) and cost
 * limits per query that replace {@code migrationtest.plans.max-cost-factor}. Thread-safe.
 */
public final class PlanAllowances {

    private final Map<String, String> allowed = new LinkedHashMap<>();
    private final Map<String, Double> costLimits = new LinkedHashMap<>();

    public synchronized void allow(String query, String reason) {
        allowed.put(query, reason);
    }

    public synchronized void limitCost(String query, double factor) {
        costLimits.put(query, factor);
    }

    public synchronized boolean allowed(String query) {
        return allowed.containsKey(query);
    }

    public synchronized Map<String, String> allowedChanges() {
        return Map.copyOf(allowed);
    }

    public synchronized OptionalDouble costLimit(String query) {
        Double limit = costLimits.get(query);
        return limit == null ? OptionalDouble.empty() : OptionalDouble.of(limit);
    }
}

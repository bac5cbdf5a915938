package io.github.migrationtest.internal.plans;

import io.github.migrationtest.PlanFinding;
import io.github.migrationtest.QueryPlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records the plans of one step at its three points (before forward, after forward, after the down script) with the
 * indexes before and after forward, and turns them into the step's {@link StepPlans}.
 */
public final class PlanRecorder {

    private final PlanSettings settings;
    private final Planner planner;
    private final Set<String> ignoredTables;
    private Map<String, Captured> before;
    private Map<String, Captured> after;
    private Map<String, Captured> back;
    private Indexes indexesBefore;
    private Indexes indexesAfter;
    private long nanos;

    public PlanRecorder(PlanSettings settings, int major, Set<String> ignoredTables) {
        this.settings = settings;
        this.planner = new Planner(settings, major);
        this.ignoredTables = ignoredTables;
    }

    public void beforeForward(Connection c) throws SQLException {
        long start = System.nanoTime();
        indexesBefore = Indexes.read(c, ignoredTables);
        before = planner.plan(c, false);
        nanos += System.nanoTime() - start;
    }

    public void afterForward(Connection c) throws SQLException {
        long start = System.nanoTime();
        indexesAfter = Indexes.read(c, ignoredTables);
        after = planner.plan(c, true);
        nanos += System.nanoTime() - start;
    }

    public void afterBack(Connection c) throws SQLException {
        long start = System.nanoTime();
        back = planner.plan(c, false);
        nanos += System.nanoTime() - start;
    }

    /** @param productionRows production rows by table, for the judgement of lost indexes and whole-table scans */
    public StepPlans result(Map<String, Long> productionRows, double scale) {
        if (before == null || after == null) {
            return StepPlans.notRun("not checked: the forward run did not " + (before == null ? "start" : "succeed"));
        }
        PlanContext context = new PlanContext(productionRows, indexesBefore.definitions(), indexesAfter.definitions(),
                settings.errorFromRows(), settings.maxCostFactor());
        List<QueryPlan> plans = new ArrayList<>();
        for (QuerySpec query : settings.queries()) {
            Captured b = before.get(query.name());
            Captured a = after.get(query.name());
            Optional<Captured> k = Optional.ofNullable(back).map(m -> m.get(query.name()));
            plans.add(new QueryPlan(query.name(), query.sql(), b.shape(), a.shape(), k.flatMap(Captured::shape),
                    b.unstable() || a.unstable(), findings(b, a, k, context)));
        }
        Map<String, List<String>> newIndexes = new LinkedHashMap<>();
        indexesAfter.definitions().keySet().stream().filter(i -> !indexesBefore.definitions().containsKey(i)).forEach(i ->
                newIndexes.put(indexesAfter.qualified().get(i), plans.stream()
                        .filter(p -> p.after().map(s -> s.indexes().contains(i)).orElse(false)).map(QueryPlan::query).toList()));
        return new StepPlans(plans, newIndexes, settings.planner(), scale, settings.maxCostFactor(), Optional.empty(),
                Duration.ofNanos(nanos));
    }

    /**
     * Whether the plan after the down script is the plan of before: the same structure, or the same but for an index
     * of the same cost (a re-created copy that ties with another index the planner may pick instead).
     */
    static boolean restored(PlanNode before, PlanNode back) {
        if (back.shape().equals(before.shape())) {
            return true;
        }
        List<String> withoutIndexes = before.shape().stream().map(l -> l.replaceFirst(" using \\S+", " using an index")).toList();
        return back.shape().stream().map(l -> l.replaceFirst(" using \\S+", " using an index")).toList().equals(withoutIndexes)
                && back.cost() <= before.cost() * 1.01;
    }

    private static List<PlanFinding> findings(Captured b, Captured a, Optional<Captured> k, PlanContext context) {
        if (b.plan() == null) {
            return List.of(new PlanFinding("INFO", "no-plan-before", "was not planned before the migration: " + b.error()));
        }
        if (a.plan() == null) {
            return List.of(new PlanFinding("ERROR", "no-plan", "no longer plans after the migration: " + a.error()));
        }
        List<PlanFinding> findings = new ArrayList<>(PlanComparison.compare(b.plan(), a.plan(), context));
        if (k.isPresent() && !b.unstable() && !k.get().unstable()) {
            if (k.get().plan() == null) {
                findings.add(0, new PlanFinding("ERROR", "not-restored", "cannot be planned after the down script: " + k.get().error()));
            } else if (!restored(b.plan(), k.get().plan())) {
                findings.add(0, new PlanFinding("ERROR", "not-restored", "does not get its plan of before the migration back: "
                        + PlanText.firstDifference(b.plan(), k.get().plan()) + "; "
                        + PlanText.costs(b.shape().get(), k.get().shape().get())));
            }
        }
        return findings;
    }
}

package io.github.migrationtest.internal.plans;

import io.github.migrationtest.PlanFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Compares a critical query's plan before a migration with its plan after it, by structure: how each table is read,
 * which indexes are used, joins, sorts and hashes, and the estimated cost. Errors come first.
 */
final class PlanComparison {

    private static final Set<String> JOINS = Set.of("Nested Loop", "Hash Join", "Merge Join");

    private PlanComparison() {
    }

    static List<PlanFinding> compare(PlanNode before, PlanNode after, PlanContext context) {
        List<PlanFinding> findings = new ArrayList<>();
        List<Access> readsBefore = Access.of(before);
        List<Access> readsAfter = Access.of(after);
        for (Access was : readsBefore.stream().filter(a -> a.kind().usesIndex()).toList()) {
            List<Access> now = Access.on(readsAfter, was.relation());
            if (!now.isEmpty() && now.stream().allMatch(a -> a.kind() == Access.Kind.SEQ)) {
                findings.add(new PlanFinding(context.big(was.relation()) ? "ERROR" : "INFO", "lost-index",
                        PlanText.change("lost its index", was, now.get(0), context)));
            } else if (was.kind() == Access.Kind.INDEX_ONLY && !now.isEmpty() && now.stream().noneMatch(a -> a.kind() == Access.Kind.INDEX_ONLY)) {
                findings.add(new PlanFinding("WARNING", "index-only-to-index",
                        PlanText.change("reads the table again (index-only scan lost)", was, now.get(0), context)));
            } else if (!now.isEmpty() && now.stream().noneMatch(a -> a.indexes().equals(was.indexes()))) {
                findings.add(new PlanFinding("INFO", "other-index", PlanText.change("uses another index", was, now.get(0), context)));
            }
        }
        for (Access was : readsBefore.stream().filter(a -> a.kind() == Access.Kind.SEQ).toList()) {
            Access.on(readsAfter, was.relation()).stream().filter(a -> a.kind().usesIndex()).findFirst().ifPresent(now ->
                    findings.add(new PlanFinding("INFO", "index-used", PlanText.change("uses an index now", was, now, context))));
        }
        for (Access scan : readsAfter.stream().filter(a -> a.kind() == Access.Kind.SEQ).toList()) {
            if (Access.on(readsBefore, scan.relation()).isEmpty()) {
                findings.add(new PlanFinding(context.big(scan.relation()) ? "ERROR" : "INFO", "new-seq-scan",
                        "now reads a whole table: " + scan.label() + " (" + PlanText.count(context.rows(scan.relation())) + " rows)"));
            }
        }
        for (String index : before.indexes()) {
            if (context.dropped().contains(index) && !context.replaced(index, after)) {
                findings.add(new PlanFinding("ERROR", "index-dropped", "The migration drops " + index + ", which this query used."));
            }
        }
        added(findings, before, after, Set.of("Sort", "Incremental Sort"), "new-sort", "sorts");
        added(findings, before, after, Set.of("Hash"), "new-hash", "builds a hash table");
        List<String> joinsBefore = joins(before);
        List<String> joinsAfter = joins(after);
        if (!joinsBefore.equals(joinsAfter) && !joinsBefore.isEmpty() && !joinsAfter.isEmpty()) {
            findings.add(new PlanFinding("INFO", "join-method", "joins differently: " + String.join(", ", joinsBefore)
                    + " → " + String.join(", ", joinsAfter)));
        }
        double factor = before.cost() > 0 ? after.cost() / before.cost() : 1;
        if (factor > context.maxCostFactor() && Access.of(after).stream().anyMatch(a -> context.big(a.relation()))) {
            findings.add(new PlanFinding("ERROR", "cost-growth", "costs more than ×" + PlanText.factor(context.maxCostFactor())
                    + " as much as before"));
        }
        if (findings.isEmpty() && !before.shape().equals(after.shape())) {
            findings.add(new PlanFinding("INFO", "plan-changed", "has another plan: " + PlanText.firstDifference(before, after)));
        }
        findings.sort(Comparator.comparing(f -> !f.isError()));
        return findings;
    }

    private static void added(List<PlanFinding> findings, PlanNode before, PlanNode after, Set<String> types, String kind, String what) {
        long was = before.nodes().stream().filter(n -> types.contains(n.type())).count()
                + (kind.equals("new-hash") ? before.nodes().stream().filter(n -> n.label().equals("HashAggregate")).count() : 0);
        long now = after.nodes().stream().filter(n -> types.contains(n.type())).count()
                + (kind.equals("new-hash") ? after.nodes().stream().filter(n -> n.label().equals("HashAggregate")).count() : 0);
        if (now > was) {
            findings.add(new PlanFinding("WARNING", kind, "now " + what + " (" + was + " → " + now + " such nodes)"));
        }
    }

    private static List<String> joins(PlanNode plan) {
        return plan.nodes().stream().filter(n -> JOINS.contains(n.type())).map(PlanNode::label).toList();
    }
}

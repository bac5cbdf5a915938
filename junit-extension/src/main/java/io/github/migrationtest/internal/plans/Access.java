package io.github.migrationtest.internal.plans;

import java.util.ArrayList;
import java.util.List;

/**
 * How a plan reads one table: a sequential scan, an index scan, an index-only scan, a bitmap scan (with the indexes
 * below it), or another kind of scan.
 *
 * @param relation the table, e.g. {@code public.orders}
 * @param label    the scan node as messages show it
 * @param kind     what kind of read it is
 * @param indexes  the indexes it uses
 */
record Access(String relation, String label, Kind kind, List<String> indexes) {

    enum Kind {
        SEQ, INDEX, INDEX_ONLY, BITMAP, OTHER;

        boolean usesIndex() {
            return this == INDEX || this == INDEX_ONLY || this == BITMAP;
        }
    }

    /** Every read of a table in the plan, in plan order. */
    static List<Access> of(PlanNode plan) {
        List<Access> reads = new ArrayList<>();
        for (PlanNode node : plan.nodes()) {
            if (node.relation().isEmpty()) {
                continue;
            }
            Kind kind = switch (node.type()) {
                case "Seq Scan" -> Kind.SEQ;
                case "Index Scan" -> Kind.INDEX;
                case "Index Only Scan" -> Kind.INDEX_ONLY;
                case "Bitmap Heap Scan" -> Kind.BITMAP;
                default -> Kind.OTHER;
            };
            List<String> indexes = kind == Kind.BITMAP ? node.indexes() : node.index().isEmpty() ? List.of() : List.of(node.index());
            String label = kind == Kind.BITMAP ? node.label() + " (" + String.join(", ", indexes) + ")" : node.label();
            reads.add(new Access(node.relation(), label, kind, indexes));
        }
        return reads;
    }

    static List<Access> on(List<Access> reads, String relation) {
        return reads.stream().filter(a -> a.relation().equals(relation)).toList();
    }
}

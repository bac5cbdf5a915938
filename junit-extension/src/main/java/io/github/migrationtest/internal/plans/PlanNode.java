package io.github.migrationtest.internal.plans;

import io.github.migrationtest.internal.JsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One node of a plan as {@code EXPLAIN (FORMAT JSON, VERBOSE)} gives it, reduced to what its structure is made of.
 * Any node type the server prints is kept as it is named; fields a node does not have are empty.
 *
 * @param type     the node type, e.g. {@code Index Scan}, {@code Hash Join}
 * @param relation the schema-qualified table a scan reads, e.g. {@code public.orders}, or empty
 * @param index    the index a scan uses, or empty
 * @param detail   what makes two nodes of the same type different plans: the join type of a join, the strategy of an
 *                 aggregate, or empty
 * @param cost     the estimated total cost
 * @param rows     the estimated rows
 */
record PlanNode(String type, String relation, String index, String detail, double cost, double rows, List<PlanNode> children) {

    PlanNode {
        children = List.copyOf(children);
    }

    /** The top node of the JSON array the server returns. */
    static PlanNode parse(String json) {
        Object root = JsonReader.read(json);
        if (root instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> top && top.get("Plan") instanceof Map<?, ?> plan) {
            return of(plan);
        }
        throw new IllegalArgumentException("EXPLAIN output has no plan: " + json.substring(0, Math.min(200, json.length())));
    }

    private static PlanNode of(Map<?, ?> node) {
        List<PlanNode> children = new ArrayList<>();
        if (node.get("Plans") instanceof List<?> plans) {
            plans.stream().filter(Map.class::isInstance).map(p -> of((Map<?, ?>) p)).forEach(children::add);
        }
        String relation = text(node, "Relation Name").map(r -> text(node, "Schema").map(s -> s + "." + r).orElse(r)).orElse("");
        String type = text(node, "Node Type").orElse("?");
        String detail = type.equals("Aggregate") ? text(node, "Strategy").orElse("")
                : text(node, "Join Type").filter(j -> !j.equals("Inner")).orElse("");
        return new PlanNode(type, relation, text(node, "Index Name").orElse(""), detail, number(node, "Total Cost"),
                number(node, "Plan Rows"), children);
    }

    private static Optional<String> text(Map<?, ?> node, String key) {
        return node.get(key) instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty();
    }

    private static double number(Map<?, ?> node, String key) {
        return node.get(key) instanceof Number n ? n.doubleValue() : 0;
    }

    /** {@code Index Scan using orders_customer_id_idx on public.orders}, {@code Hash Join (Left)}, {@code HashAggregate}. */
    String label() {
        String name = switch (type + "/" + detail) {
            case "Aggregate/Hashed" -> "HashAggregate";
            case "Aggregate/Sorted" -> "GroupAggregate";
            case "Aggregate/Mixed" -> "MixedAggregate";
            default -> type + (detail.isEmpty() || type.equals("Aggregate") ? "" : " (" + detail + ")");
        };
        return name + (index.isEmpty() ? "" : " using " + index) + (relation.isEmpty() ? "" : " on " + relation);
    }

    /** This node and all below it, depth first. */
    List<PlanNode> nodes() {
        List<PlanNode> all = new ArrayList<>();
        all.add(this);
        children.forEach(c -> all.addAll(c.nodes()));
        return all;
    }

    /** The plan as indented lines, one per node: what "the same plan" means. */
    List<String> shape() {
        List<String> lines = new ArrayList<>();
        shape(lines, 0);
        return lines;
    }

    private void shape(List<String> lines, int depth) {
        lines.add("  ".repeat(depth) + label());
        children.forEach(c -> c.shape(lines, depth + 1));
    }

    /** The indexes the plan uses, in plan order, without repeats. */
    List<String> indexes() {
        return nodes().stream().map(PlanNode::index).filter(i -> !i.isEmpty()).distinct().toList();
    }

    boolean isSeqScan() {
        return type.equals("Seq Scan");
    }

    boolean isIndexScan() {
        return type.equals("Index Scan") || type.equals("Index Only Scan") || type.equals("Bitmap Heap Scan");
    }
}

package io.github.migrationtest;

import java.util.List;

/**
 * The plan the server chose for one critical query at one point of a step, as its structure and its estimates.
 *
 * @param nodes   one line per plan node, indented two spaces per level, e.g. {@code Index Scan using orders_customer_id_idx on public.orders}
 * @param indexes the indexes the plan uses, in plan order
 * @param cost    the estimated total cost of the top node
 * @param rows    the estimated rows of the top node
 */
public record PlanShape(List<String> nodes, List<String> indexes, double cost, double rows) {

    public PlanShape {
        nodes = List.copyOf(nodes);
        indexes = List.copyOf(indexes);
    }

    /** Whether both are the same plan: the same nodes, relations, indexes, join methods and sorts (estimates aside). */
    public boolean sameStructure(PlanShape other) {
        return other != null && nodes.equals(other.nodes);
    }

    /** The nodes as the lines of an indented plan. */
    public String text() {
        return String.join("\n", nodes);
    }
}

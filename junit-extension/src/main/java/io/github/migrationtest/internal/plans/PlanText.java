package io.github.migrationtest.internal.plans;

import io.github.migrationtest.PlanShape;
import java.util.List;
import java.util.Locale;

/** How plan messages write nodes, counts, costs and factors: {@code 1,000,000}, {@code 8.6}, {@code 21,340}, {@code ×2,481}. */
final class PlanText {

    private PlanText() {
    }

    /** {@code lost its index: Index Scan using a on public.orders → Seq Scan on public.orders (1,000,000 rows)}. */
    static String change(String what, Access was, Access now, PlanContext context) {
        return what + ": " + was.label() + " → " + now.label() + " (" + count(context.rows(now.relation())) + " rows)";
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String cost(double cost) {
        return cost < 100 ? String.format(Locale.ROOT, "%.1f", cost) : String.format(Locale.ROOT, "%,d", Math.round(cost));
    }

    static String factor(double factor) {
        if (factor >= 10) {
            return String.format(Locale.ROOT, "%,d", Math.round(factor));
        }
        String text = String.format(Locale.ROOT, "%.1f", factor);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** {@code estimated cost 8.6 → 21,340 (×2,481)}. */
    static String costs(PlanShape before, PlanShape after) {
        double factor = before.cost() > 0 ? after.cost() / before.cost() : 1;
        return "estimated cost " + cost(before.cost()) + " → " + cost(after.cost()) + " (×" + factor(factor) + ")";
    }

    /** The first node where the two plans part, both sides: {@code Index Scan using a on public.t → Seq Scan on public.t}. */
    static String firstDifference(PlanNode before, PlanNode after) {
        return firstDifference(before.shape(), after.shape());
    }

    static String firstDifference(List<String> before, List<String> after) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            String was = i < before.size() ? before.get(i).strip() : "(nothing)";
            String now = i < after.size() ? after.get(i).strip() : "(nothing)";
            if (!was.equals(now)) {
                return was + " → " + now;
            }
        }
        return "the same nodes";
    }
}

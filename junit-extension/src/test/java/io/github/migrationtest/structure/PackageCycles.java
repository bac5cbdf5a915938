package io.github.migrationtest.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/** The cycles between packages: the strongly connected components of more than one package (Tarjan). */
final class PackageCycles {

    private final PackageImports imports;
    private final BiPredicate<String, String> ignored;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final List<Set<String>> cycles = new ArrayList<>();

    private PackageCycles(PackageImports imports, BiPredicate<String, String> ignored) {
        this.imports = imports;
        this.ignored = ignored;
    }

    /** Every cycle, each as the sorted set of its packages, when the edges that {@code ignored} accepts are left out. */
    static List<Set<String>> of(PackageImports imports, BiPredicate<String, String> ignored) {
        PackageCycles cycles = new PackageCycles(imports, ignored);
        for (String p : imports.packages()) {
            if (!cycles.index.containsKey(p)) {
                cycles.visit(p);
            }
        }
        return cycles.cycles;
    }

    private void visit(String p) {
        index.put(p, index.size());
        low.put(p, index.get(p));
        stack.push(p);
        for (String q : imports.targets(p)) {
            if (ignored.test(p, q)) {
                continue;
            }
            if (!index.containsKey(q)) {
                visit(q);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (stack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            Set<String> component = new TreeSet<>();
            String q;
            do {
                q = stack.pop();
                component.add(q);
            } while (!q.equals(p));
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
    }
}

package io.github.migrationtest.internal.plans;

import io.github.migrationtest.internal.database.HarnessQueryException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans every critical query at one point of a step: once to learn which tables they read, then after ANALYZE of
 * those tables for real, then again with {@code random_page_cost} nudged 10 % up and down (and, when asked, after a
 * second ANALYZE) to tell a cost tie: a query whose plan changes on the unchanged database is unstable.
 */
public final class Planner {

    private final PlanSettings settings;
    private final PlanCapture capture;

    public Planner(PlanSettings settings, int major) {
        this.settings = settings;
        this.capture = new PlanCapture(major);
    }

    /** @param analyzeAgain whether a second ANALYZE is part of the stability pass (after forward) */
    Map<String, Captured> plan(Connection c, boolean analyzeAgain) throws SQLException {
        Map<String, Captured> first = all(c, settings.planner());
        Set<String> tables = new LinkedHashSet<>();
        first.values().stream().filter(p -> p.plan() != null).forEach(p -> Access.of(p.plan()).forEach(a -> tables.add(a.relation())));
        analyze(c, tables);
        Map<String, Captured> plans = all(c, settings.planner());
        Map<String, Captured> low = all(c, nudged(0.9));
        Map<String, Captured> high = all(c, nudged(1.1));
        Map<String, Captured> again = plans;
        if (analyzeAgain) {
            analyze(c, tables);
            again = all(c, settings.planner());
        }
        Map<String, Captured> judged = new LinkedHashMap<>();
        for (Map.Entry<String, Captured> e : plans.entrySet()) {
            Captured p = e.getValue();
            boolean unstable = p.plan() != null && (differs(p, low.get(e.getKey())) || differs(p, high.get(e.getKey()))
                    || differs(p, again.get(e.getKey())));
            judged.put(e.getKey(), new Captured(p.plan(), p.error(), unstable));
        }
        return judged;
    }

    private static boolean differs(Captured a, Captured b) {
        return b == null || b.plan() == null || !a.plan().shape().equals(b.plan().shape());
    }

    private Map<String, Captured> all(Connection c, Map<String, String> planner) throws SQLException {
        Map<String, Captured> plans = new LinkedHashMap<>();
        for (QuerySpec query : settings.queries()) {
            try {
                plans.put(query.name(), new Captured(PlanNode.parse(capture.explain(c, planner, query.sql())), "", false));
            } catch (PlanCapture.SettingRefused e) {
                throw e;
            } catch (SQLException e) {
                plans.put(query.name(), new Captured(null, HarnessQueryException.serverMessage(e), false));
            } catch (IllegalArgumentException e) {
                plans.put(query.name(), new Captured(null, e.getMessage(), false));
            }
        }
        return plans;
    }

    private Map<String, String> nudged(double factor) {
        Map<String, String> planner = new LinkedHashMap<>(settings.planner());
        double cost = Double.parseDouble(planner.getOrDefault("random_page_cost", "4"));
        planner.put("random_page_cost", String.format(Locale.ROOT, "%.4f", cost * factor));
        return planner;
    }

    private static void analyze(Connection c, Set<String> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                int dot = table.indexOf('.');
                String quoted = dot < 0 ? quote(table) : quote(table.substring(0, dot)) + "." + quote(table.substring(dot + 1));
                try {
                    s.execute("ANALYZE " + quoted);
                } catch (SQLException e) {
                    throw new HarnessQueryException("the ANALYZE of " + table + " for the plan check", table, "", e);
                }
            }
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}

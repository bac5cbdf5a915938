package io.github.migrationtest.internal.locks;

import io.github.migrationtest.internal.flyway.SqlStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-built traces for rule tests: what {@link LockTrace} would have recorded. */
final class Traces {

    static final String ORDERS = "public.orders";
    private final List<TracedStatement> statements = new ArrayList<>();
    private final boolean transactional;

    private Traces(boolean transactional) {
        this.transactional = transactional;
    }

    static Traces transactional() {
        return new Traces(true);
    }

    static Traces nonTransactional() {
        return new Traces(false);
    }

    /** A statement that locked public.orders (existing, {@code rows} rows) in {@code mode}. */
    Traces on(String sql, LockMode mode, long rows) {
        return add(sql, List.of(TracedLock.onExistingTable(ORDERS, mode, rows)), Set.of(), Map.of());
    }

    /** Like {@link #on} but the statement also rewrote public.orders. */
    Traces rewriting(String sql, LockMode mode, long rows) {
        return add(sql, List.of(TracedLock.onExistingTable(ORDERS, mode, rows)), Set.of(ORDERS), Map.of());
    }

    Traces add(String sql, List<TracedLock> locks, Set<String> rewritten, Map<String, List<List<String>>> indexes) {
        statements.add(new TracedStatement(new SqlStatement(statements.size() + 1, sql), locks, rewritten,
                Duration.ofMillis(10), transactional, indexes));
        return this;
    }

    List<TracedStatement> list() {
        return List.copyOf(statements);
    }

    List<LockFinding> check() {
        return LockRules.check(list(), LockPolicy.DEFAULTS, null, null);
    }

    List<String> ruleIds() {
        return check().stream().map(LockFinding::ruleId).toList();
    }
}

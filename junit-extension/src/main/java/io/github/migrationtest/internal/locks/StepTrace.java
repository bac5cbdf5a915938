package io.github.migrationtest.internal.locks;

import io.github.migrationtest.internal.engine.StepContext;
import io.github.migrationtest.internal.flyway.ScriptFailure;
import io.github.migrationtest.internal.flyway.ScriptResource;
import io.github.migrationtest.internal.flyway.SqlStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The forward script traced statement by statement on a copy of the pre-step database: which locks each statement
 * takes and which tables it rewrites, with the production size of every table.
 *
 * @param traced  the traced statements; empty when the trace could not run
 * @param problem why the trace could not run; empty when it ran
 * @param copy    the copy the trace ran on, left as the script left it; null when there was none
 * @param timeout the statement that PostgreSQL cancelled on the copy after {@code statement_timeout}; null when none was
 */
public record StepTrace(List<SqlStatement> statements, boolean transactional, Map<String, Long> productionRows,
                 List<TracedStatement> traced, String problem, DataSource copy, ScriptFailure timeout) {

    public StepTrace(List<SqlStatement> statements, boolean transactional, Map<String, Long> productionRows,
              List<TracedStatement> traced, String problem) {
        this(statements, transactional, productionRows, traced, problem, null, null);
    }

    static final String APPLICATION_NAME = "migrationtest-lock-trace";
    private static final String USER_TABLES = """
            SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND n.nspname NOT LIKE 'pg\\_%'
            """;

    /**
     * The forward script traced statement by statement on a copy of the working database as it is before forward
     * (locks, rewrites, rows and time per statement); traced on first use, so that the observers share one copy.
     */
    public static StepTrace of(StepContext step) throws SQLException {
        return step.shared(StepTrace.class, () -> {
            StepTrace trace = take(step);
            trace.timedOut().ifPresent(step::forwardTimedOutOnCopy);
            return trace;
        });
    }

    private static StepTrace take(StepContext step) throws SQLException {
        ScriptResource script = step.migration().script();
        List<SqlStatement> statements = step.forwardStatements();
        boolean transactional = script.config().executeInTransaction();
        if (!hasTables(step)) {
            return new StepTrace(statements, transactional, Map.of(), List.of(), "");
        }
        DataSource copy = step.copyOfDatabase(APPLICATION_NAME);
        Map<String, Long> rows;
        try (Connection c = copy.getConnection()) {
            rows = ProductionRows.of(c, step.settings(), step.seeded());
        }
        try {
            return new StepTrace(statements, transactional, rows, LockTrace.trace(copy, statements, rows, transactional), "",
                    copy, null);
        } catch (TracedStatementFailed e) {
            ScriptFailure failure = ScriptFailure.of(script.toString(), e.statement(), e.getCause());
            return new StepTrace(statements, transactional, rows, List.of(), e.getMessage(), copy,
                    failure.statementTimedOut() ? failure : null);
        } catch (IllegalStateException e) {
            return new StepTrace(statements, transactional, rows, List.of(), e.getMessage(), copy, null);
        }
    }

    /** Without an existing table no rule can apply and nothing needs probing: the copy and the trace are skipped. */
    private static boolean hasTables(StepContext step) throws SQLException {
        try (Connection c = step.database(APPLICATION_NAME).getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(30);
            try (ResultSet rs = s.executeQuery(USER_TABLES)) {
                while (rs.next()) {
                    if (!step.ignoredTables().contains(rs.getString(1))) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /**
     * The statement PostgreSQL cancelled on the copy after {@code statement_timeout}: the forward run would wait as long
     * again on the same data, so it is not started and the hang costs one timeout.
     */
    public Optional<ScriptFailure> timedOut() {
        return Optional.ofNullable(timeout);
    }

    /** Whether the trace ran every one of these statements (the script as Flyway runs it, placeholders replaced). */
    public boolean ranAll(List<SqlStatement> script) {
        return problem.isEmpty() && !traced.isEmpty() && statements.equals(script);
    }

    /** The copy as the whole of this script left it: a second first forward, from the same database before the step. */
    public Optional<DataSource> afterForward(List<SqlStatement> script) {
        return ranAll(script) ? Optional.ofNullable(copy) : Optional.empty();
    }

    /** Tables that existed before the step (not just before a statement) and that the forward script locks: the ones to probe. */
    List<String> lockedTables() {
        return traced.stream().flatMap(s -> s.locks().stream())
                .filter(l -> l.table() && l.existedBefore()).map(TracedLock::relation)
                .filter(productionRows::containsKey).distinct().toList();
    }

    /** Existing tables the forward script rewrote, each with the first statement that did: {@code line 2: ALTER …}. */
    Map<String, String> rewrites() {
        Map<String, String> rewrites = new LinkedHashMap<>();
        for (TracedStatement s : traced) {
            for (String relation : s.rewritten()) {
                if (s.lockOn(relation).filter(l -> l.table() && l.existedBefore()).isPresent()) {
                    rewrites.putIfAbsent(relation, "line " + s.statement().line() + ": " + s.statement().headline());
                }
            }
        }
        return rewrites;
    }

    long rows(String table) {
        return productionRows.getOrDefault(table, -1L);
    }
}

package io.github.migrationtest;

import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.testing.EngineRuns;
import io.github.migrationtest.testing.Histories;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the plan check costs: for each step of a history on a 200,000-row table, the time to plan 10 critical queries at
 * all three points (ANALYZE and the stability pass included) against the step's forward time, one line per step.
 * Run with {@code -DexcludedTags= -Dgroups=benchmark -Dtest=PlanCaptureBenchmark}.
 */
@Tag("benchmark")
class PlanCaptureBenchmark {

    @Test
    void printsPlanCaptureTimePerStepAgainstForwardTime() throws IOException {
        Map<String, String> scripts = new LinkedHashMap<>();
        scripts.put("V1__create_orders.sql", """
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, status text NOT NULL,
                                     total numeric(12, 2) NOT NULL, created_at timestamptz NOT NULL);
                INSERT INTO orders SELECT g, g % 20000, (ARRAY['new', 'paid', 'shipped'])[1 + g % 3], g % 500,
                                          timestamptz '2026-01-01 00:00:00+00' + g * interval '1 minute'
                  FROM generate_series(1, 200000) g;
                CREATE INDEX orders_customer_id_idx ON orders (customer_id);""");
        scripts.put("U1__create_orders.sql", "DROP TABLE orders;");
        scripts.put("V2__index_created_at.sql", "CREATE INDEX orders_created_at_idx ON orders (created_at);");
        scripts.put("U2__index_created_at.sql", "DROP INDEX orders_created_at_idx;");
        scripts.put("V3__add_note.sql", "ALTER TABLE orders ADD COLUMN note text;");
        scripts.put("U3__add_note.sql", "ALTER TABLE orders DROP COLUMN note;");
        scripts.put("V4__index_status.sql", "CREATE INDEX orders_status_idx ON orders (status);");
        scripts.put("U4__index_status.sql", "DROP INDEX orders_status_idx;");
        Map<String, String> configuration = new java.util.HashMap<>(Histories.write(Files.createTempDirectory("plan-benchmark"), scripts));
        configuration.put("migrationtest.checks.off", "BLOCKING,LOCK_RULES"); // plain CREATE INDEX on 200,000 rows: not measured here
        EngineRuns.run(TenQueries.class, configuration).testEvents().assertStatistics(s -> s.failed(0));
        for (String version : List.of("2", "3", "4")) {
            StepResult step = (StepResult) TenQueries.seen.get(version);
            System.err.println("BENCHMARK plans " + step.displayName() + ": capture of 10 critical queries "
                    + step.measurement(io.github.migrationtest.internal.plans.StepPlans.class).orElseThrow().captureTime().toMillis() + " ms (3 points), forward " + step.forwardTime().toMillis() + " ms");
        }
    }

    @MigrationTest
    @CriticalQuery(name = "q1", sql = "select * from orders where customer_id = $1")
    @CriticalQuery(name = "q2", sql = "select * from orders where customer_id = $1 order by created_at desc limit 20")
    @CriticalQuery(name = "q3", sql = "select count(*) from orders where status = 'paid'")
    @CriticalQuery(name = "q4", sql = "select * from orders where id = $1")
    @CriticalQuery(name = "q5", sql = "select * from orders order by created_at desc limit 50")
    @CriticalQuery(name = "q6", sql = "select status, sum(total) from orders group by status")
    @CriticalQuery(name = "q7", sql = "select * from orders where created_at > $1 and created_at < $2")
    @CriticalQuery(name = "q8", sql = "select o.* from orders o join orders p on p.id = o.id - 1 where o.customer_id = $1")
    @CriticalQuery(name = "q9", sql = "select customer_id, count(*) from orders where total > $1 group by customer_id")
    @CriticalQuery(name = "q10", sql = "select max(created_at) from orders where customer_id = $1")
    static class TenQueries {
        static final Map<String, MigrationStep> seen = new ConcurrentHashMap<>();

        @EachMigration
        void step(MigrationStep step) {
            seen.put(step.version(), step);
        }
    }
}

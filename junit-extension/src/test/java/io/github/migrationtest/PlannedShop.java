package io.github.migrationtest;

import io.github.migrationtest.testing.EngineRuns;
import io.github.migrationtest.testing.Histories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@link PlansHistory} with five critical queries on the class and one from a file, rehearsed once per JVM for
 * {@link PlansTest} and {@link PlanAssertionsTest}.
 */
@MigrationTest
@CriticalQuery(name = "orders of a customer", sql = "select * from orders where customer_id = $1 order by created_at desc limit 20")
@CriticalQuery(name = "order by code", sql = "select * from orders where code = upper($1)")
@CriticalQuery(name = "cheap items", sql = "select * from items where v < 480")
@CriticalQuery(name = "order by exact code", sql = "select * from orders where code = $1")
@CriticalQuery(name = "orders by lower code", sql = "select * from orders where lower(code) = lower($1)")
class PlannedShop {

    private static final Map<String, MigrationStep> SEEN = new ConcurrentHashMap<>();
    private static EngineExecutionResults results;
    private static Path reports;

    @EachMigration
    void plans(MigrationStep step) {
        SEEN.put(step.version(), step);
    }

    static synchronized EngineExecutionResults results() {
        if (results == null) {
            try {
                Path root = Files.createTempDirectory("plans-history");
                reports = root.resolve("reports").resolve("PlannedShop");
                Map<String, String> configuration = new HashMap<>(Histories.write(root, PlansHistory.SCRIPTS));
                configuration.put("migrationtest.plans.queries", "classpath:io/github/migrationtest/plans/history-queries.sql");
                configuration.put("migrationtest.locks.max-blocked", "10s"); // the down scripts build indexes; locks are not judged here
                results = EngineRuns.run(PlannedShop.class, configuration);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return results;
    }

    static MigrationStep step(String version) {
        results();
        return SEEN.get(version);
    }

    /** Where the rehearsal wrote report.json and report.html. */
    static Path reports() {
        results();
        return reports;
    }
}

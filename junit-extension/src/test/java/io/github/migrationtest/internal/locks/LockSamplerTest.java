package io.github.migrationtest.internal.locks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class LockSamplerTest {

    @Test
    void seesTheMigrationsLockItsStatementAndTheWriterQueuedBehindIt() throws Exception {
        // GIVEN a migration that holds SHARE on orders (an uncommitted CREATE INDEX) and a writer waiting for it
        DataSource db = TestDatabases.fresh();
        TestTables.orders(db, "orders", 1_000);
        LockSampler sampler = LockSampler.start(db, Sessions.MIGRATE, Duration.ofMillis(5));
        int writerPid;
        try (Connection migration = Sessions.open(db, Sessions.MIGRATE);
             Connection writer = Sessions.open(db, "application")) {
            try (Statement s = migration.createStatement()) {
                s.execute("CREATE INDEX orders_status_idx ON orders (status)");
            }
            writerPid = Sessions.pid(writer);
            CompletableFuture<Void> insert = CompletableFuture.runAsync(() -> {
                try (Statement s = writer.createStatement()) {
                    s.execute("INSERT INTO orders VALUES (0, 0, 'new', 0)");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Sessions.awaitLockWait(db, "application");
            Sessions.awaitSamples(sampler, 3);

            // WHEN
            LockTimeline timeline = sampler.stop();
            migration.rollback();
            insert.get();
            writer.rollback();

            // THEN
            assertThat(timeline.held("public.orders", LockMode.SHARE)).get().satisfies(lock -> {
                assertThat(lock.statement()).isEqualTo("CREATE INDEX orders_status_idx ON orders (status)");
                assertThat(lock.waiters()).containsExactly(writerPid);
                assertThat(lock.longestRun()).isPositive();
            });
            assertThat(timeline.held("public.orders", LockMode.ACCESS_SHARE)).isEmpty();
            assertThat(timeline.samples()).isGreaterThan(1);
            assertThat(timeline.locks()).allSatisfy(l -> assertThat(l.granted()).isTrue());
        }
    }
}

package io.github.migrationtest.internal.locks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.flyway.SqlStatement;
import io.github.migrationtest.testing.TestDatabases;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LockTraceTest {

    private static DataSource db;

    @BeforeAll
    static void bigTable() throws Exception {
        db = TestDatabases.fresh();
        TestTables.orders(db, "orders", 200_000);
        TestDatabases.execute(db, "CREATE TABLE customers (id int PRIMARY KEY)",
                "INSERT INTO customers SELECT g FROM generate_series(0, 999) g", "ANALYZE customers");
    }

    @Test
    void classifiesPlainCreateIndexAsShareLockOnTheTable() throws Exception {
        TracedStatement traced = traceOne("CREATE INDEX orders_status_idx ON orders (status)", true);

        assertThat(traced.lockOn("public.orders")).get()
                .isEqualTo(new TracedLock("public.orders", true, LockMode.SHARE, true, 200_000));
        assertThat(traced.rewritten()).isEmpty();
        TestDatabases.execute(db, "DROP INDEX orders_status_idx");
    }

    @Test
    void classifiesCreateIndexConcurrentlyAsShareUpdateExclusive() throws Exception {
        TracedStatement traced = traceOne("CREATE INDEX CONCURRENTLY orders_amount_idx ON orders (amount)", false);

        assertThat(traced.lockOn("public.orders")).get()
                .extracting(TracedLock::mode).isEqualTo(LockMode.SHARE_UPDATE_EXCLUSIVE);
        TestDatabases.execute(db, "DROP INDEX orders_amount_idx");
    }

    @Test
    void detectsTypeChangeAsRewriteByRelfilenode() {
        TracedStatement traced = traceOne("ALTER TABLE orders ALTER COLUMN amount TYPE bigint", true);

        assertThat(traced.rewritten()).contains("public.orders");
        assertThat(traced.lockOn("orders")).get().extracting(TracedLock::mode).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
    }

    @Test
    void constantDefaultDoesNotRewriteButVolatileDefaultDoes() {
        TracedStatement constant = traceOne("ALTER TABLE orders ADD COLUMN flag int DEFAULT 5", true);
        TracedStatement volatileDefault = traceOne("ALTER TABLE orders ADD COLUMN noise float8 DEFAULT random()",
                true);

        assertThat(constant.rewritten()).isEmpty();
        assertThat(volatileDefault.rewritten()).contains("public.orders");
    }

    @Test
    void recordsIndexColumnsOfLockedTablesAfterTheMigration() throws Exception {
        TracedStatement traced = traceOne(
                "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers",
                true);

        assertThat(traced.lockOn("public.orders")).get().extracting(TracedLock::mode)
                .isEqualTo(LockMode.SHARE_ROW_EXCLUSIVE);
        assertThat(traced.indexes().get("public.orders")).containsExactly(List.of("id"));
        assertThat(traced.indexes().get("public.customers")).containsExactly(List.of("id"));
        TestDatabases.execute(db, "ALTER TABLE orders DROP CONSTRAINT orders_customer_fk");
    }

    @Test
    void recordsTheRowCountEachStatementReported() {
        // GIVEN data statements and a query, traced together as one migration
        List<String> sql = List.of("UPDATE customers SET id = id WHERE id < 10",
                "INSERT INTO customers SELECT g FROM generate_series(1000, 1004) g",
                "SELECT count(*) FROM customers",
                "DELETE FROM customers WHERE id >= 1000");

        List<TracedStatement> traced = LockTrace.trace(db,
                List.of(new SqlStatement(1, sql.get(0)), new SqlStatement(2, sql.get(1)), new SqlStatement(3, sql.get(2)),
                        new SqlStatement(4, sql.get(3))), Map.of(), true);

        // THEN each data statement carries the rows the server reported; the query carries none
        assertThat(traced).extracting(TracedStatement::updateCount).containsExactly(
                OptionalLong.of(10), OptionalLong.of(5), OptionalLong.empty(), OptionalLong.of(5));
    }

    private static TracedStatement traceOne(String sql, boolean transactional) {
        List<TracedStatement> traced = LockTrace.trace(db, List.of(new SqlStatement(1, sql)), Map.of(),
                transactional);
        assertThat(traced).hasSize(1);
        return traced.get(0);
    }
}

package io.github.migrationtest.internal.locks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.flyway.SqlStatement;
import io.github.migrationtest.testing.TestDatabases;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Rules over real traces: what PostgreSQL actually did decides, not only the statement text. */
class TracedRulesTest {

    private static final Map<String, Long> PRODUCTION = Map.of("orders", 400_000L);

    @Test
    void dangerousMigrationBreaksTheRulesItShould() throws Exception {
        DataSource db = database();

        List<String> ids = ruleIds(db, true,
                "CREATE INDEX orders_status_idx ON orders (status)",
                "ALTER TABLE orders ADD COLUMN created timestamptz DEFAULT clock_timestamp()",
                "ALTER TABLE orders ALTER COLUMN status TYPE varchar(10)",
                "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers");

        assertThat(ids).containsExactlyInAnyOrder(MissingLockTimeout.ID, CreateIndexWithoutConcurrently.ID,
                RewriteByVolatileDefault.ID, StatementsAfterAccessExclusive.ID, VarcharShrink.ID,
                ConstraintWithoutNotValid.ID, ForeignKeyWithoutIndex.ID);
    }

    @Test
    void safeMigrationBreaksNone() throws Exception {
        DataSource db = database();

        assertThat(ruleIds(db, false,
                "SET lock_timeout = '2s'",
                "CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id)",
                "ALTER TABLE orders ADD COLUMN flag int DEFAULT 5",
                "ALTER TABLE orders ALTER COLUMN status TYPE varchar(100)",
                "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers"
                        + " NOT VALID",
                "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk")).isEmpty();
    }

    private static DataSource database() throws Exception {
        DataSource db = TestDatabases.fresh();
        TestTables.orders(db, "orders", 20_000);
        TestDatabases.execute(db, "ALTER TABLE orders ALTER COLUMN status TYPE varchar(20)",
                "CREATE TABLE customers (id int PRIMARY KEY)",
                "INSERT INTO customers SELECT g FROM generate_series(0, 999) g");
        return db;
    }

    private static List<String> ruleIds(DataSource db, boolean transactional, String... sql) {
        List<SqlStatement> statements = IntStream.range(0, sql.length)
                .mapToObj(i -> new SqlStatement(i + 1, sql[i])).toList();
        List<TracedStatement> trace = LockTrace.trace(db, statements, PRODUCTION, transactional);
        return LockRules.check(trace, LockPolicy.DEFAULTS, null, null).stream().map(LockFinding::ruleId).toList();
    }
}

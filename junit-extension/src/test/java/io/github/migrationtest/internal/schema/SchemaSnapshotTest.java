package io.github.migrationtest.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class SchemaSnapshotTest {

    private static final String SHOP_IN_ONE_ORDER = """
            CREATE TYPE status AS ENUM ('new', 'paid');
            CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE,
                                    name varchar(200) DEFAULT 'x');
            CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint REFERENCES customers ON DELETE CASCADE,
                                 status status NOT NULL DEFAULT 'new', total numeric(10, 2) CHECK (total >= 0));
            CREATE INDEX orders_customer_idx ON orders (customer_id);
            CREATE VIEW paid_orders AS SELECT id, total FROM orders WHERE status = 'paid';
            COMMENT ON COLUMN customers.email IS 'Login';
            """;
    private static final String SHOP_IN_ANOTHER_ORDER = """
            CREATE TYPE status AS ENUM ('new', 'paid');
            CREATE TABLE customers (dropped integer, name varchar(200) DEFAULT 'x', email text NOT NULL,
                                    id bigint GENERATED ALWAYS AS IDENTITY);
            ALTER TABLE customers DROP COLUMN dropped;
            ALTER TABLE customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
            ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email);
            COMMENT ON COLUMN customers.email IS 'Login';
            CREATE TABLE orders (total numeric(10, 2) CONSTRAINT orders_total_check CHECK (total >= 0),
                                 status status NOT NULL DEFAULT 'new', customer_id bigint, id bigserial PRIMARY KEY);
            CREATE INDEX orders_customer_idx ON orders (customer_id);
            ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey
                FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE;
            CREATE VIEW paid_orders AS SELECT id, total FROM orders WHERE status = 'paid';
            """;

    @Test
    void equalSchemasHaveNoDifferences() throws Exception {
        // GIVEN the same schema built in a different order, with a dropped column in one of them
        SchemaSnapshot first = SchemaChanges.built(SHOP_IN_ONE_ORDER);
        SchemaSnapshot second = SchemaChanges.built(SHOP_IN_ANOTHER_ORDER);

        // THEN the snapshots are equal and the diff is empty
        assertThat(SchemaDiff.between(first, second)).isEmpty();
        assertThat(second).isEqualTo(first);
        assertThat(first.count(SchemaObjectKind.COLUMN)).isEqualTo(7);
    }

    @Test
    void ignoresColumnOrder() throws Exception {
        assertThat(SchemaChanges.between("CREATE TABLE t (a integer, b text NOT NULL)",
                "CREATE TABLE t (b text NOT NULL, a integer)")).isEmpty();
    }

    @Test
    void columnDroppedAndAddedBackByDownScriptIsNoDifference() throws Exception {
        assertThat(SchemaChanges.made("CREATE TABLE t (a integer, b text NOT NULL DEFAULT '')",
                "ALTER TABLE t DROP COLUMN a; ALTER TABLE t ADD COLUMN a integer")).isEmpty();
    }

    @Test
    void ignoresFlywayHistoryTable() throws Exception {
        // GIVEN two databases with the same table, one of them with a Flyway history table made by Flyway itself
        DataSource withHistory = TestDatabases.fresh();
        TestDatabases.execute(withHistory, "CREATE TABLE t (id integer)");
        Flyway.configure().dataSource(withHistory).load().baseline();

        SchemaSnapshot snapshot = SchemaChanges.snapshot(withHistory);

        assertThat(snapshot.objects().keySet()).extracting(ObjectKey::name)
                .noneMatch(name -> name.contains("flyway_schema_history"));
        assertThat(SchemaDiff.between(SchemaChanges.built("CREATE TABLE t (id integer)"), snapshot)).isEmpty();
    }

    @Test
    void namesAreQualifiedWhateverTheSearchPathAndTheSearchPathIsRestored() throws Exception {
        DataSource database = TestDatabases.fresh();
        TestDatabases.execute(database, """
                CREATE SCHEMA billing;
                CREATE TABLE customers (id bigint PRIMARY KEY);
                CREATE TABLE billing.invoices (id serial, customer_id bigint REFERENCES customers);
                """);
        SchemaSnapshot withDefaultPath = SchemaChanges.snapshot(database);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path = billing, public");

            assertThat(SchemaSnapshot.take(connection, SchemaChanges.FLYWAY_HISTORY)).isEqualTo(withDefaultPath);
            try (ResultSet row = statement.executeQuery("SHOW search_path")) {
                row.next();
                assertThat(row.getString(1)).isEqualTo("billing, public");
            }
        }
    }

    @Test
    void snapshotsTwoHundredTables() throws Exception {
        // GIVEN 200 tables, each with a primary key, three columns and an index
        DataSource database = TestDatabases.fresh();
        TestDatabases.execute(database, """
                DO $$ BEGIN FOR i IN 1..200 LOOP
                  EXECUTE format('CREATE TABLE t%s (id bigint PRIMARY KEY, name text NOT NULL DEFAULT '''', at date)', i);
                  EXECUTE format('CREATE INDEX t%s_at_idx ON t%s (at)', i, i);
                END LOOP; END $$
                """);

        SchemaSnapshot snapshot = SchemaChanges.snapshot(database);

        assertThat(snapshot.count(SchemaObjectKind.TABLE)).isEqualTo(200);
        assertThat(snapshot.count(SchemaObjectKind.COLUMN)).isEqualTo(600);
        assertThat(snapshot.count(SchemaObjectKind.CONSTRAINT)).isEqualTo(200);
        assertThat(snapshot.count(SchemaObjectKind.INDEX)).isEqualTo(200);
    }
}

package io.github.migrationtest.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.testing.TestDatabases;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ConstraintAndIndexDifferencesTest {

    private static final String SHOP = """
            CREATE TABLE customers (id bigint PRIMARY KEY, email text);
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint,
              CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers ON DELETE CASCADE);
            """;

    @Test
    void reportsOnDeleteChange() throws Exception {
        assertThat(SchemaChanges.made(SHOP, """
                ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;
                ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers;
                """)).containsExactly("constraint public.orders.orders_customer_id_fkey: "
                + "FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE"
                + " → FOREIGN KEY (customer_id) REFERENCES public.customers(id)");
    }

    @Test
    void reportsConstraintThatIsNotValidatedAnyMore() throws Exception {
        assertThat(SchemaChanges.between(
                "CREATE TABLE t (qty integer, CONSTRAINT positive_qty CHECK (qty > 0))",
                "CREATE TABLE t (qty integer); ALTER TABLE t ADD CONSTRAINT positive_qty CHECK (qty > 0) NOT VALID"))
                .containsExactly("constraint public.t.positive_qty: CHECK ((qty > 0)) → CHECK ((qty > 0)) NOT VALID");
    }

    @Test
    void reportsUniqueConstraintOnceNotAlsoAsItsIndex() throws Exception {
        assertThat(SchemaChanges.made(SHOP, "ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email)"))
                .containsExactly("constraint public.customers.customers_email_key: (absent) → UNIQUE (email)");
    }

    @Test
    void reportsIndexThatDownScriptForgotToDrop() throws Exception {
        assertThat(SchemaChanges.made(SHOP, "CREATE INDEX customers_email_idx ON customers (lower(email))"))
                .containsExactly("index public.customers_email_idx: (absent) → "
                        + "CREATE INDEX customers_email_idx ON public.customers USING btree (lower(email))");
    }

    @Test
    void reportsInvalidIndex() throws Exception {
        // GIVEN a unique index built normally, and the same index whose concurrent build failed on duplicates
        SchemaSnapshot valid = SchemaChanges.built(
                "CREATE TABLE t (code text); CREATE UNIQUE INDEX t_code_idx ON t (code)");
        DataSource duplicates = TestDatabases.fresh();
        TestDatabases.execute(duplicates, "CREATE TABLE t (code text); INSERT INTO t VALUES ('a'), ('a')");
        assertThatThrownBy(() -> TestDatabases.execute(duplicates,
                "CREATE UNIQUE INDEX CONCURRENTLY t_code_idx ON t (code)")).isInstanceOf(SQLException.class);

        // THEN the left-over index is reported as INVALID
        assertThat(SchemaDiff.between(valid, SchemaChanges.snapshot(duplicates))).map(Object::toString)
                .containsExactly("index public.t_code_idx: CREATE UNIQUE INDEX t_code_idx ON public.t USING btree (code)"
                        + " → CREATE UNIQUE INDEX t_code_idx ON public.t USING btree (code) INVALID");
    }

    @Test
    void reportsSequenceIncrementChange() throws Exception {
        assertThat(SchemaChanges.made("CREATE SEQUENCE invoice_no", "ALTER SEQUENCE invoice_no INCREMENT BY 10"))
                .containsExactly("sequence public.invoice_no: "
                        + "AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE"
                        + " → AS bigint START WITH 1 INCREMENT BY 10 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE");
    }

    @Test
    void reportsSequenceOwnership() throws Exception {
        assertThat(SchemaChanges.made("CREATE TABLE t (id integer); CREATE SEQUENCE t_seq AS integer",
                "ALTER SEQUENCE t_seq OWNED BY t.id"))
                .containsExactly("sequence public.t_seq: "
                        + "AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE"
                        + " → AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE"
                        + " OWNED BY public.t.id");
    }

    @Test
    void ignoresSequenceValueBecauseItIsData() throws Exception {
        assertThat(SchemaChanges.made("CREATE SEQUENCE invoice_no; CREATE TABLE t (id serial)",
                "SELECT nextval('invoice_no'); SELECT setval('invoice_no', 500); INSERT INTO t DEFAULT VALUES"))
                .isEmpty();
    }
}

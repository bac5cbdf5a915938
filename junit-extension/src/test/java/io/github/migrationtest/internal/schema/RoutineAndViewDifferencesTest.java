package io.github.migrationtest.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoutineAndViewDifferencesTest {

    private static final String FN = "CREATE FUNCTION fn(a integer, b text) RETURNS integer LANGUAGE sql AS $$ select a + %d $$;";
    private static final String FN_DEFINITION = "CREATE OR REPLACE FUNCTION public.fn(a integer, b text) RETURNS integer"
            + " LANGUAGE sql AS $function$ select a + %d $function$";
    private static final String ORDERS = """
            CREATE TABLE orders (id bigint, qty integer, touched timestamptz);
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.touched = now(); RETURN NEW; END $$;
            CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
            """;
    private static final String TRIGGER_DEFINITION =
            "CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch()";

    @Test
    void reportsFunctionBodyChange() throws Exception {
        assertThat(SchemaChanges.made(FN.formatted(1), FN.formatted(2).replace("CREATE", "CREATE OR REPLACE")))
                .containsExactly("function public.fn(integer, text): "
                        + FN_DEFINITION.formatted(1) + " → " + FN_DEFINITION.formatted(2));
    }

    @Test
    void reportsOverloadThatDownScriptForgotToDropByItsArgumentTypes() throws Exception {
        assertThat(SchemaChanges.made(FN.formatted(1),
                "CREATE FUNCTION fn(a integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'select a'"))
                .containsExactly("function public.fn(integer): (absent) → CREATE OR REPLACE FUNCTION public.fn(a integer)"
                        + " RETURNS integer LANGUAGE sql IMMUTABLE AS $function$select a$function$");
    }

    @Test
    void reportsProcedureThatDownScriptRestoredWrongly() throws Exception {
        assertThat(SchemaChanges.between(
                "CREATE PROCEDURE archive(days integer) LANGUAGE sql AS $$ SELECT 1 $$",
                "CREATE PROCEDURE archive(days bigint) LANGUAGE sql AS $$ SELECT 1 $$"))
                .containsExactly(
                        "procedure public.archive(bigint): (absent) → CREATE OR REPLACE PROCEDURE"
                                + " public.archive(IN days bigint) LANGUAGE sql AS $procedure$ SELECT 1 $procedure$",
                        "procedure public.archive(integer): CREATE OR REPLACE PROCEDURE public.archive(IN days integer)"
                                + " LANGUAGE sql AS $procedure$ SELECT 1 $procedure$ → (absent)");
    }

    @Test
    void reportsTriggerTimingChange() throws Exception {
        assertThat(SchemaChanges.made(ORDERS, """
                DROP TRIGGER orders_touch ON orders;
                CREATE TRIGGER orders_touch AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
                """)).containsExactly("trigger public.orders.orders_touch: " + TRIGGER_DEFINITION + " → "
                + TRIGGER_DEFINITION.replace("BEFORE", "AFTER"));
    }

    @Test
    void reportsTriggerLeftDisabled() throws Exception {
        assertThat(SchemaChanges.made(ORDERS, "ALTER TABLE orders DISABLE TRIGGER orders_touch"))
                .containsExactly("trigger public.orders.orders_touch: "
                        + TRIGGER_DEFINITION + " → " + TRIGGER_DEFINITION + " DISABLED");
    }

    @Test
    void reportsViewDefinitionChange() throws Exception {
        assertThat(SchemaChanges.made(ORDERS + "CREATE VIEW big_orders AS SELECT id FROM orders WHERE qty > 10",
                "CREATE OR REPLACE VIEW big_orders AS SELECT id FROM orders WHERE qty > 100"))
                .containsExactly("view public.big_orders: SELECT id FROM public.orders WHERE (qty > 10)"
                        + " → SELECT id FROM public.orders WHERE (qty > 100)");
    }

    @Test
    void reportsMaterializedViewWithoutItsIndex() throws Exception {
        assertThat(SchemaChanges.made(ORDERS, """
                CREATE MATERIALIZED VIEW order_totals AS SELECT id, sum(qty) AS qty FROM orders GROUP BY id;
                CREATE UNIQUE INDEX order_totals_id_idx ON order_totals (id);
                """)).containsExactly("materialized view public.order_totals: (absent) → "
                + "SELECT id, sum(qty) AS qty FROM public.orders GROUP BY id");
    }
}

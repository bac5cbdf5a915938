package io.github.migrationtest;

import java.util.LinkedHashMap;
import java.util.Map;

/** The history {@link PlansTest} rehearses: orders and items filled by V1, then one index change per step. */
final class PlansHistory {

    static final Map<String, String> SCRIPTS = scripts();

    private PlansHistory() {
    }

    private static Map<String, String> scripts() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("V1__create_orders.sql", """
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, code varchar(20) NOT NULL,
                                     status text NOT NULL, created_at timestamptz NOT NULL);
                INSERT INTO orders SELECT g, g % 2000, 'C-' || g, CASE WHEN g % 10 = 0 THEN 'open' ELSE 'done' END,
                                          timestamptz '2026-01-01 00:00:00+00' + g * interval '1 minute'
                  FROM generate_series(1, 30000) g;
                CREATE INDEX orders_customer_id_idx ON orders (customer_id);
                CREATE INDEX orders_code_idx ON orders (code);
                CREATE TABLE items (id bigint PRIMARY KEY, v int NOT NULL);
                INSERT INTO items SELECT g, g % 1000 FROM generate_series(1, 20000) g;
                CREATE INDEX items_v_idx ON items (v);""");
        s.put("U1__create_orders.sql", "DROP TABLE orders; DROP TABLE items;");
        s.put("V2__index_customer_and_time.sql", "CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);");
        s.put("U2__index_customer_and_time.sql", "DROP INDEX orders_customer_created_idx;");
        s.put("V3__drop_customer_index.sql", "DROP INDEX orders_customer_id_idx;");
        s.put("U3__drop_customer_index.sql", "CREATE INDEX orders_customer_id_idx ON orders (customer_id);");
        s.put("V4__code_to_char.sql", "ALTER TABLE orders ALTER COLUMN code TYPE char(20);");
        s.put("U4__code_to_char.sql", "ALTER TABLE orders ALTER COLUMN code TYPE varchar(20);");
        s.put("V5__index_status.sql", "CREATE INDEX orders_status_idx ON orders (status);");
        s.put("U5__index_status.sql", "DROP INDEX orders_status_idx;");
        s.put("V6__move_expensive_items.sql", """
                -- migrationtest: loses-data items.v (the dearest items are cheap now)
                UPDATE items SET v = v - 980 WHERE v >= 980;""");
        s.put("U6__move_expensive_items.sql", "UPDATE items SET v = id % 1000 WHERE id % 1000 >= 980;");
        s.put("V7__drop_customer_and_time_index.sql", "DROP INDEX orders_customer_created_idx;");
        s.put("U7__drop_customer_and_time_index.sql", "CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);");
        s.put("V8__index_lower_code.sql", """
                -- migrationtest: allow-plan-change order by exact code (codes are looked up case-insensitively from now on)
                DROP INDEX orders_code_idx;
                CREATE INDEX orders_code_lower_idx ON orders (lower(code));""");
        s.put("U8__index_lower_code.sql", "DROP INDEX orders_code_lower_idx; CREATE INDEX orders_code_idx ON orders (code);");
        s.put("V9__rename_lower_code_index.sql", "ALTER INDEX IF EXISTS orders_code_lower_idx RENAME TO orders_lower_code_idx;");
        s.put("U9__rename_lower_code_index.sql", "DROP INDEX orders_lower_code_idx;");
        return s;
    }
}

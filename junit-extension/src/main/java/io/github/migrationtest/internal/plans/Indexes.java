package io.github.migrationtest.internal.plans;

import io.github.migrationtest.catalog.UserRelations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The user's indexes at one point of a step, by name (as plans name them), each with its definition without its name,
 * so that a renamed or rebuilt copy of an index is recognised as the same index.
 *
 * @param definitions e.g. {@code orders_customer_id_idx → CREATE INDEX ON public.orders USING btree (customer_id)}
 * @param qualified   e.g. {@code orders_customer_id_idx → public.orders_customer_id_idx}
 */
public record Indexes(Map<String, String> definitions, Map<String, String> qualified) {

    private static final String QUERY = """
            SELECT n.nspname AS schemaname, t.relname AS tablename, i.relname AS indexname, pg_get_indexdef(i.oid) AS indexdef
              FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
              JOIN pg_namespace n ON n.oid = t.relnamespace
             WHERE """ + UserRelations.where("t") + """

             ORDER BY n.nspname, i.relname
            """;

    /** @param ignoredTables tables of the harness (Flyway's history), whose indexes are left out */
    public static Indexes read(Connection c, Set<String> ignoredTables) throws SQLException {
        Map<String, String> definitions = new LinkedHashMap<>();
        Map<String, String> qualified = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
            while (rs.next()) {
                String table = rs.getString("tablename");
                String schema = rs.getString("schemaname");
                if (ignoredTables.stream().anyMatch(t -> t.equals(table) || t.equals(schema + "." + table) || t.endsWith("." + table))) {
                    continue;
                }
                String name = rs.getString("indexname");
                definitions.put(name, rs.getString("indexdef").replaceFirst("^(CREATE (UNIQUE )?INDEX )\\S+ ON ", "$1ON "));
                qualified.put(name, schema + "." + name);
            }
        }
        return new Indexes(definitions, qualified);
    }
}

package io.github.migrationtest.internal.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One table named as a user writes it (resolved on the search path), with its column types and primary key. */
record TableColumns(String schema, String table, Map<String, String> types, List<String> key) {

    private static final String COLUMNS = """
            SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                   coalesce((SELECT k.ord FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) WHERE k.attnum = a.attnum), 0)
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
            WHERE c.oid = to_regclass(?)
            ORDER BY a.attnum""";

    static TableColumns of(Connection connection, String name) throws SQLException {
        String schema = null;
        String table = null;
        Map<String, String> types = new LinkedHashMap<>();
        Map<Integer, String> key = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setQueryTimeout(Sql.SHORT_TIMEOUT_SECONDS);
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    schema = rs.getString(1);
                    table = rs.getString(2);
                    types.put(rs.getString(3), rs.getString(4));
                    if (rs.getInt(5) > 0) {
                        key.put(rs.getInt(5), rs.getString(3));
                    }
                }
            }
        }
        if (table == null) {
            throw new IllegalArgumentException("there is no table " + name + " after the migration");
        }
        return new TableColumns(schema, table, types, new ArrayList<>(key.values()));
    }

    String typeOf(String column) {
        String type = types.get(column);
        if (type == null) {
            throw new IllegalArgumentException("there is no column " + column + " in " + qualifiedName()
                    + " after the migration; its columns are " + types.keySet());
        }
        return type;
    }

    String qualifiedName() {
        return schema + "." + table;
    }

    String sqlName() {
        return Sql.identifier(schema) + "." + Sql.identifier(table);
    }
}

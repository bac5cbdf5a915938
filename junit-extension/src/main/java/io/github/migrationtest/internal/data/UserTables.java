package io.github.migrationtest.internal.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user tables (partitions included) of a database by qualified name, in the order data fingerprints list them,
 * each with its OID and the tables it inherits from or is a partition of (whose scans include its rows).
 */
record UserTables(Map<String, Table> byName) {

    record Table(long oid, List<String> ancestors) {
    }

    private static final String TABLES = """
            SELECT n.nspname || '.' || c.relname, c.oid,
                   ARRAY(WITH RECURSIVE up(oid) AS (
                             SELECT inhparent FROM pg_inherits WHERE inhrelid = c.oid
                             UNION SELECT i.inhparent FROM pg_inherits i JOIN up ON i.inhrelid = up.oid)
                         SELECT pn.nspname || '.' || p.relname
                           FROM up JOIN pg_class p ON p.oid = up.oid JOIN pg_namespace pn ON pn.oid = p.relnamespace)
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
             ORDER BY n.nspname, c.relname""";

    static UserTables of(Connection connection) throws SQLException {
        Map<String, Table> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(60);
            try (ResultSet rs = statement.executeQuery(TABLES)) {
                while (rs.next()) {
                    tables.put(rs.getString(1), new Table(rs.getLong(2), names(rs.getArray(3))));
                }
            }
        }
        return new UserTables(Collections.unmodifiableMap(tables));
    }

    /** Whether {@code name} is the same table (same OID) here as in {@code earlier}. */
    boolean sameAs(UserTables earlier, String name) {
        Table now = byName.get(name);
        Table then = earlier.byName.get(name);
        return now != null && then != null && now.oid() == then.oid();
    }

    private static List<String> names(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}

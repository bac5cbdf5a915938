package io.github.migrationtest.internal.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a few rows of one table on one side (before or after): key and one column's value as text, either the first
 * rows of some buckets or the rows with given keys. Never more than {@link #LIMIT} rows per call.
 */
final class SideQuery {

    static final int LIMIT = 100;

    private final Connection connection;
    private final TableFingerprint table;
    private final String value;

    /** {@code column} null reads only keys (a row's presence). */
    SideQuery(Connection connection, TableFingerprint table, String column) {
        this.connection = connection;
        this.table = table;
        this.value = column == null ? "NULL" : valueOf(table.column(column).orElseThrow());
    }

    /** Key texts → value text (null for SQL NULL) of the first rows, in key order, of the given buckets. */
    Map<List<String>, String> firstRowsOf(List<Integer> buckets) throws SQLException {
        String sql = select() + " WHERE " + table.bucketOfRow() + " = ANY (?) ORDER BY " + keyColumns() + " LIMIT "
                + LIMIT;
        try (PreparedStatement statement = prepare(sql)) {
            statement.setArray(1, connection.createArrayOf("int4", buckets.toArray()));
            return read(statement);
        }
    }

    /** The same for the rows with the given keys (key texts as the other side printed them). */
    Map<List<String>, String> rowsWithKeys(Collection<List<String>> keys) throws SQLException {
        if (keys.isEmpty()) {
            return Map.of();
        }
        String tuple = table.keyColumns().stream().map(k -> "?::" + table.column(k).orElseThrow().type())
                .collect(Collectors.joining(", ", "(", ")"));
        String tuples = keys.stream().limit(LIMIT).map(k -> tuple).collect(Collectors.joining(", "));
        String sql = select() + " WHERE (" + keyColumns() + ") IN (" + tuples + ")";
        try (PreparedStatement statement = prepare(sql)) {
            int index = 1;
            for (List<String> key : keys.stream().limit(LIMIT).toList()) {
                for (String part : key) {
                    statement.setString(index++, part);
                }
            }
            return read(statement);
        }
    }

    private String select() {
        String keys = table.keyColumns().stream().map(k -> "t." + Sql.identifier(k) + "::text")
                .collect(Collectors.joining(", "));
        return "SELECT " + keys + ", (" + value + ")::text FROM " + sqlName() + " AS t";
    }

    private String keyColumns() {
        return table.keyColumns().stream().map(k -> "t." + Sql.identifier(k)).collect(Collectors.joining(", "));
    }

    private String sqlName() {
        int dot = table.name().indexOf('.');
        return Sql.identifier(table.name().substring(0, dot)) + "." + Sql.identifier(table.name().substring(dot + 1));
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(Sql.SHORT_TIMEOUT_SECONDS);
        return statement;
    }

    private Map<List<String>, String> read(PreparedStatement statement) throws SQLException {
        Map<List<String>, String> rows = new LinkedHashMap<>();
        int keyCount = table.keyColumns().size();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                List<String> key = new ArrayList<>(keyCount);
                for (int i = 1; i <= keyCount; i++) {
                    key.add(rs.getString(i));
                }
                rows.put(List.copyOf(key), rs.getString(keyCount + 1));
            }
        }
        return rows;
    }

    private static String valueOf(ColumnFingerprint column) {
        String raw = "t." + Sql.identifier(column.name());
        return column.comparedAs().equals(column.type()) ? raw : "(" + raw + ")::" + column.comparedAs();
    }
}

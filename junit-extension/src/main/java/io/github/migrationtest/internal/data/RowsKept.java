package io.github.migrationtest.internal.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many rows a table that gained rows no longer holds of those it held before: the rows of both sides as hashes of
 * their key, or, in a table without a key (or whose key changed), of the columns both sides share (same name, same type), counted per hash
 * and compared as multisets. Only tables of up to {@value #MOST_ROWS} rows on each side are compared so; larger ones
 * stay undecided.
 */
final class RowsKept {

    static final long MOST_ROWS = 100_000;

    private final Sides sides;

    RowsKept(Sides sides) {
        this.sides = sides;
    }

    /** How many rows of {@code was} are not in {@code is}, or -1 when that is not counted (too many rows, no shared column). */
    long missing(TableFingerprint was, TableFingerprint is) throws SQLException {
        boolean byKey = was.isKeyed() && was.keyHashing().equals(is.keyHashing());
        List<String> shared = was.columns().values().stream()
                .filter(c -> !byKey || was.keyColumns().contains(c.name()))
                .filter(c -> is.column(c.name()).filter(now -> now.type().equals(c.type())).isPresent())
                .map(ColumnFingerprint::name).toList();
        if (byKey && shared.size() < was.keyColumns().size()) {
            return -1;
        }
        if (!sides.hasEarlier() || shared.isEmpty() || was.rowCount() > MOST_ROWS || is.rowCount() > MOST_ROWS) {
            return -1;
        }
        String sql = rowHashes(was.name(), shared);
        Map<String, Long> before = counted(sides.earlier(), sql);
        Map<String, Long> after = counted(sides.later(), sql);
        return before.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - after.getOrDefault(e.getKey(), 0L))).sum();
    }

    private static String rowHashes(String table, List<String> columns) {
        int dot = table.indexOf('.');
        String name = Sql.identifier(table.substring(0, dot)) + "." + Sql.identifier(table.substring(dot + 1));
        String row = columns.stream().map(c -> "t." + Sql.identifier(c)).collect(Collectors.joining(", ", "ROW(", ")"));
        return "SELECT md5(" + row + "::text), count(*) FROM " + name + " AS t GROUP BY 1";
    }

    private static Map<String, Long> counted(Connection connection, String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Statement statement = Sql.statement(connection, Sql.SHORT_TIMEOUT_SECONDS); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }
}

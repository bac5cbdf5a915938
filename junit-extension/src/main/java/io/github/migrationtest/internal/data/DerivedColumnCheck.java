package io.github.migrationtest.internal.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a column with an SQL expression over its own row, in the server: how many rows differ, and the first
 * ten of them by key. {@code IS DISTINCT FROM} is the comparison, so NULL equals NULL.
 */
public final class DerivedColumnCheck {

    private static final int MAX_EXAMPLES = 10;

    /** Rows compared, rows whose column differs from the expression, and up to ten of those. */
    public record Result(String table, long rows, long differing, List<ExampleRow> examples) {
    }

    private final Connection connection;

    public DerivedColumnCheck(Connection connection) {
        this.connection = connection;
    }

    /** @param table {@code table} or {@code schema.table}, resolved like an SQL name on the search path */
    public Result compare(String table, String column, String expression) throws SQLException {
        TableColumns shape = TableColumns.of(connection, table);
        String type = shape.typeOf(column);
        String value = "t." + Sql.identifier(column);
        String differs = value + " IS DISTINCT FROM (" + expression + ")";
        long[] counts = new long[2];
        try (Statement statement = Sql.statement(connection, Sql.SCAN_TIMEOUT_SECONDS);
             ResultSet rs = statement.executeQuery("SELECT count(*), count(*) FILTER (WHERE " + differs + ") FROM "
                     + shape.sqlName() + " AS t")) {
            rs.next();
            counts[0] = rs.getLong(1);
            counts[1] = rs.getLong(2);
        }
        List<ExampleRow> examples = counts[1] == 0 ? List.of() : examples(shape, value, expression, differs, type);
        return new Result(shape.qualifiedName(), counts[0], counts[1], examples);
    }

    private List<ExampleRow> examples(TableColumns shape, String value, String expression, String differs,
                                      String type) throws SQLException {
        List<String> keys = shape.key().isEmpty() ? List.of("ctid") : shape.key();
        List<String> keySql = keys.stream().map(k -> k.equals("ctid") ? "t.ctid" : "t." + Sql.identifier(k)).toList();
        String sql = "SELECT " + String.join(", ", keySql.stream().map(k -> k + "::text").toList()) + ", " + value
                + "::text, (" + expression + ")::text FROM " + shape.sqlName() + " AS t WHERE " + differs
                + " ORDER BY " + String.join(", ", keySql) + " LIMIT " + MAX_EXAMPLES;
        List<ExampleRow> examples = new ArrayList<>();
        boolean numeric = FindingMessages.isNumeric(type);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(Sql.SCAN_TIMEOUT_SECONDS);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    List<String> literals = new ArrayList<>();
                    for (int i = 0; i < keys.size(); i++) {
                        String key = keys.get(i);
                        literals.add(FindingMessages.literal(rs.getString(i + 1),
                                !key.equals("ctid") && FindingMessages.isNumeric(shape.typeOf(key))));
                    }
                    examples.add(new ExampleRow(FindingMessages.key(keys, literals),
                            FindingMessages.literal(rs.getString(keys.size() + 1), numeric),
                            FindingMessages.literal(rs.getString(keys.size() + 2), numeric)));
                }
            }
        }
        return examples;
    }
}

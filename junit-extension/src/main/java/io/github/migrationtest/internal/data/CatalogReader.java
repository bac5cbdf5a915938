package io.github.migrationtest.internal.data;

import io.github.migrationtest.catalog.UserRelations;
import io.github.migrationtest.internal.data.TableShape.ColumnShape;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the user tables of all non-system schemas, with their columns and row keys. */
final class CatalogReader {

    /** A NOT NULL constraint counts only when validated: PostgreSQL 18 sets attnotnull for NOT VALID ones too. */
    private static final String COLUMNS = """
            SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                   coalesce(bt.typname, t.typname), coalesce(bt.typcategory, t.typcategory) = 'N',
                   a.attnotnull AND NOT EXISTS (SELECT 1 FROM pg_constraint nn WHERE nn.conrelid = c.oid
                                                AND nn.contype = 'n' AND NOT nn.convalidated AND a.attnum = ANY (nn.conkey))
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_type bt ON bt.oid = t.typbasetype AND t.typtype = 'd'
            WHERE NOT c.relispartition AND %s
            ORDER BY n.nspname, c.relname, a.attnum""".formatted(UserRelations.where("c", UserRelations.TABLES));

    /** Primary keys first, then unique constraints whose columns are all NOT NULL, each in name order. */
    private static final String KEYS = """
            SELECT n.nspname, c.relname,
                   array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord)
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE (con.contype = 'p' OR con.contype = 'u' AND NOT EXISTS (
                     SELECT 1 FROM pg_attribute a WHERE a.attrelid = con.conrelid
                     AND a.attnum = ANY (con.conkey) AND NOT a.attnotnull))
              AND %s
            ORDER BY con.contype = 'p' DESC, con.conname""".formatted(UserRelations.where("c"));

    private CatalogReader() {
    }

    static List<TableShape> tables(Connection connection, Set<String> ignoredTables) throws SQLException {
        Map<String, List<ColumnShape>> columns = new LinkedHashMap<>();
        Map<String, List<String>> keys = new LinkedHashMap<>();
        try (Statement statement = Sql.statement(connection, Sql.SHORT_TIMEOUT_SECONDS)) {
            try (ResultSet rs = statement.executeQuery(COLUMNS)) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new ArrayList<>())
                            .add(new ColumnShape(rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                                    rs.getBoolean(7)));
                }
            }
            try (ResultSet rs = statement.executeQuery(KEYS)) {
                while (rs.next()) {
                    keys.putIfAbsent(rs.getString(1) + "." + rs.getString(2), names(rs.getArray(3)));
                }
            }
        }
        List<TableShape> tables = new ArrayList<>();
        columns.forEach((qualified, cols) -> {
            if (!ignoredTables.contains(qualified)) {
                int dot = qualified.indexOf('.');
                tables.add(new TableShape(qualified.substring(0, dot), qualified.substring(dot + 1), List.copyOf(cols),
                        keys.getOrDefault(qualified, List.of())));
            }
        });
        return tables;
    }

    private static List<String> names(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}

package io.github.migrationtest.internal.data;

import java.util.List;

/**
 * What the catalog says about one table: its columns in order and the columns that identify a row.
 *
 * @param schema     the schema name
 * @param table      the table name
 * @param columns    the columns in attribute order
 * @param keyColumns the primary key, else the first unique constraint over NOT NULL columns, else empty
 */
record TableShape(String schema, String table, List<ColumnShape> columns, List<String> keyColumns) {

    /**
     * One column: its name, its type as written in SQL, the base type name (domains resolved) used for hashing, and
     * whether a validated NOT NULL constraint guarantees it holds no NULL.
     */
    record ColumnShape(String name, String type, String baseType, boolean numeric, boolean notNull) {
    }

    boolean isKeyed() {
        return !keyColumns.isEmpty();
    }

    /** The table without its key columns and without a key: rows hashed by content only. */
    TableShape withoutKey() {
        return new TableShape(schema, table, columns.stream().filter(c -> !keyColumns.contains(c.name())).toList(), List.of());
    }

    String qualifiedName() {
        return schema + "." + table;
    }

    String sqlName() {
        return Sql.identifier(schema) + "." + Sql.identifier(table);
    }

    ColumnShape column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + name + " in " + qualifiedName()));
    }
}

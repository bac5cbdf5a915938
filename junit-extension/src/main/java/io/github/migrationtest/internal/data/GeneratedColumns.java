package io.github.migrationtest.internal.data;

import io.github.migrationtest.catalog.UserRelations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/** Columns whose values the database generates from a sequence: identity columns and {@code serial}-style defaults. */
final class GeneratedColumns {

    private static final String QUERY = """
            SELECT n.nspname || '.' || c.relname || '.' || a.attname
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped AND """ + UserRelations.where("c", UserRelations.TABLES) + """
              AND (a.attidentity <> '' OR pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%')""";

    private GeneratedColumns() {
    }

    /** {@code schema.table.column} of every generated column. */
    static Set<String> of(Connection connection) throws SQLException {
        return Sql.strings(connection, QUERY);
    }
}

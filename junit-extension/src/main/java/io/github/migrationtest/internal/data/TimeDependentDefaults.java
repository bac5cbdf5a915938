package io.github.migrationtest.internal.data;

import io.github.migrationtest.catalog.UserRelations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Columns whose default depends on when or how often it is evaluated ({@code now()}, {@code CURRENT_TIMESTAMP},
 * {@code random()}, {@code gen_random_uuid()}): a second forward run fills them differently by nature, so the
 * "again" comparison leaves them out. Sequences ({@code nextval}) are not counted: a recreated table restarts them.
 */
public final class TimeDependentDefaults {

    private static final String QUERY = """
            SELECT n.nspname || '.' || c.relname || '.' || a.attname
            FROM pg_attrdef d
            JOIN pg_class c ON c.oid = d.adrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
            CROSS JOIN LATERAL pg_get_expr(d.adbin, d.adrelid) AS e(expr)
            WHERE """ + UserRelations.where("c") + """
              AND (e.expr ~* '\\m(current_timestamp|current_date|current_time|localtimestamp|localtime)\\M'
                   OR EXISTS (SELECT 1 FROM regexp_matches(e.expr, '([a-z_][a-z0-9_]*)\\s*\\(', 'gi') AS m(f)
                              JOIN pg_proc p ON p.proname = lower(m.f[1])
                              WHERE p.provolatile <> 'i' AND p.proname <> 'nextval'))""";

    private TimeDependentDefaults() {
    }

    /** {@code schema.table.column} of every such column. */
    public static Set<String> columns(Connection connection) throws SQLException {
        return Sql.strings(connection, QUERY);
    }
}

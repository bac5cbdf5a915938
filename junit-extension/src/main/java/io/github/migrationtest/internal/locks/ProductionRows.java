package io.github.migrationtest.internal.locks;

import io.github.migrationtest.internal.engine.RehearsalSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How many rows each table would hold in production, which decides how serious a lock rule is: the {@code @Rows}
 * count when one is given, otherwise the rows the table holds divided by {@code migrationtest.scale} (seeded data
 * and backfills from it scale together). Tables never analyzed are analyzed first, on the copy the trace uses.
 */
final class ProductionRows {

    private static final String TABLES = """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS quoted,
                   n.nspname || '.' || c.relname AS name, c.reltuples::bigint AS tuples, c.relpages
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p', 'm')
               AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
            """;

    private ProductionRows() {
    }

    /** Production rows by qualified table name ({@code public.orders}). */
    static Map<String, Long> of(Connection c, RehearsalSettings settings, boolean seeded) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(60);
            List<Table> tables = read(s);
            List<Table> neverAnalyzed = tables.stream().filter(t -> t.tuples() < 0).toList();
            for (Table t : neverAnalyzed) {
                s.execute("ANALYZE " + t.quoted());
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Table t : neverAnalyzed.isEmpty() ? tables : read(s)) {
                rows.put(t.name(), production(t.name(), Math.max(0, t.tuples()), settings, seeded));
            }
            return rows;
        }
    }

    private static List<Table> read(Statement s) throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(TABLES)) {
            while (rs.next()) {
                tables.add(new Table(rs.getString("name"), rs.getString("quoted"), rs.getLong("tuples"), rs.getLong("relpages")));
            }
        }
        return tables;
    }

    private static long production(String table, long tuples, RehearsalSettings settings, boolean seeded) {
        Optional<Long> declared = settings.tableRows().entrySet().stream()
                .filter(e -> same(e.getKey(), table)).map(Map.Entry::getValue).findFirst();
        return declared.orElse(seeded ? Math.round(tuples / settings.scale()) : tuples);
    }

    private record Table(String name, String quoted, long tuples, long pages) {
    }

    private static boolean same(String declared, String qualified) {
        String d = declared.strip().toLowerCase(Locale.ROOT);
        String q = qualified.toLowerCase(Locale.ROOT);
        return q.equals(d) || q.endsWith("." + d);
    }
}

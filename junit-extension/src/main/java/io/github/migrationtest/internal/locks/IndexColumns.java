package io.github.migrationtest.internal.locks;

import io.github.migrationtest.catalog.UserRelations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The column lists of every valid index, per table, read once after the traced migration. */
final class IndexColumns {

    private static final String QUERY = """
            SELECT n.nspname || '.' || t.relname AS table_name,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
                                         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                                         ORDER BY k.ord), ',') AS columns
              FROM pg_index i
              JOIN pg_class t ON t.oid = i.indrelid
              JOIN pg_namespace n ON n.oid = t.relnamespace
             WHERE i.indisvalid AND """ + UserRelations.where("t") + """
            """;

    private IndexColumns() {
    }

    /** Copies of the traced statements carrying the index columns of the tables they locked. */
    static List<TracedStatement> attach(Connection c, List<TracedStatement> traced) throws SQLException {
        Map<String, List<List<String>>> all = read(c);
        List<TracedStatement> out = new ArrayList<>();
        for (TracedStatement t : traced) {
            Map<String, List<List<String>>> mine = new HashMap<>();
            t.locks().stream().filter(TracedLock::table)
                    .forEach(l -> mine.put(l.relation(), all.getOrDefault(l.relation(), List.of())));
            out.add(new TracedStatement(t.statement(), t.locks(), t.rewritten(), t.duration(), t.transactional(),
                    mine, t.updateCount()));
        }
        return out;
    }

    private static Map<String, List<List<String>>> read(Connection c) throws SQLException {
        Map<String, List<List<String>>> byTable = new HashMap<>();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
            while (rs.next()) {
                byTable.computeIfAbsent(rs.getString("table_name"), k -> new ArrayList<>())
                        .add(List.of(rs.getString("columns").split(",")));
            }
        }
        return byTable;
    }
}

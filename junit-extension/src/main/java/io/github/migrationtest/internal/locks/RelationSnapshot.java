package io.github.migrationtest.internal.locks;

import io.github.migrationtest.catalog.UserRelations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** All user relations of the database by OID, to name locks and to see rewrites ({@code relfilenode} changes). */
final class RelationSnapshot {

    private static final String QUERY = """
            SELECT c.oid, n.nspname || '.' || c.relname AS name, c.relkind, c.relfilenode,
                   CASE WHEN c.reltuples < 0 AND c.relpages = 0 THEN 0 ELSE c.reltuples::bigint END AS rows,
                   coalesce(tn.nspname || '.' || t.relname, n.nspname || '.' || c.relname) AS table_name
              FROM pg_class c
              JOIN pg_namespace n ON n.oid = c.relnamespace
              LEFT JOIN pg_index i ON i.indexrelid = c.oid
              LEFT JOIN pg_class t ON t.oid = i.indrelid
              LEFT JOIN pg_namespace tn ON tn.oid = t.relnamespace
             WHERE """ + UserRelations.where("c") + """
            """;

    private final Map<Long, Relation> byOid;

    private RelationSnapshot(Map<Long, Relation> byOid) {
        this.byOid = byOid;
    }

    static RelationSnapshot take(Connection c) throws SQLException {
        Map<Long, Relation> byOid = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
            while (rs.next()) {
                byOid.put(rs.getLong("oid"), new Relation(rs.getLong("oid"), rs.getString("name"),
                        rs.getString("relkind").charAt(0), rs.getLong("relfilenode"), rs.getLong("rows"),
                        rs.getString("table_name")));
            }
        }
        return new RelationSnapshot(byOid);
    }

    Optional<Relation> get(long oid) {
        return Optional.ofNullable(byOid.get(oid));
    }

    Optional<Relation> named(String name) {
        return byOid.values().stream().filter(r -> Tables.sameTable(r.name(), name)).findFirst();
    }

    /** Relations of this (earlier) snapshot whose storage file is a new one in {@code after}. */
    java.util.Set<String> rewrittenIn(RelationSnapshot after) {
        java.util.Set<String> rewritten = new java.util.TreeSet<>();
        byOid.forEach((oid, before) -> after.get(oid)
                .filter(now -> before.fileNode() != 0 && now.fileNode() != before.fileNode())
                .ifPresent(now -> rewritten.add(now.name())));
        return rewritten;
    }
}

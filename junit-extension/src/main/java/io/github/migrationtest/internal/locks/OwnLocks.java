package io.github.migrationtest.internal.locks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The relation locks a connection's own backend holds right now, as {@code pg_locks} lists them. */
public final class OwnLocks {

    private static final String OWN_LOCKS = """
            SELECT l.relation::bigint AS oid, l.mode, n.nspname || '.' || c.relname AS name FROM pg_locks l
              LEFT JOIN pg_class c ON c.oid = l.relation LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted
               AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """;

    private OwnLocks() {
    }

    /** The strongest mode per relation OID. */
    static Map<Long, LockMode> byOid(Connection c) throws SQLException {
        Map<Long, LockMode> held = new LinkedHashMap<>();
        read(c, (oid, mode, name) -> held.merge(oid, mode, LockMode::strongest));
        return held;
    }

    /**
     * Qualified names ({@code schema.table}, as the catalog names them now) of the relations held more strongly than
     * ACCESS SHARE: the ones whose rows the transaction may have changed. Relations it dropped have no name left.
     */
    public static Set<String> written(Connection c) throws SQLException {
        Set<String> written = new HashSet<>();
        read(c, (oid, mode, name) -> {
            if (mode != LockMode.ACCESS_SHARE && name != null) {
                written.add(name);
            }
        });
        return written;
    }

    private interface Row {
        void accept(long oid, LockMode mode, String name);
    }

    private static void read(Connection c, Row row) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(30);
            try (ResultSet rs = s.executeQuery(OWN_LOCKS)) {
                while (rs.next()) {
                    row.accept(rs.getLong("oid"), LockMode.fromPgLocks(rs.getString("mode")), rs.getString("name"));
                }
            }
        }
    }
}

package io.github.migrationtest.internal.locks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The statement a probe runs to take the lock ordinary traffic takes on a relation, chosen by the relation's kind:
 * {@code LOCK TABLE} where PostgreSQL allows it (tables, partitioned tables, views); a read that plans to nothing
 * ({@code SELECT FROM … WHERE false}, which takes ACCESS SHARE without reading a row or calling a foreign data wrapper)
 * on materialized views and foreign tables, which {@code LOCK TABLE} refuses. Ordinary traffic does not write to a
 * materialized view, and a write to a foreign table would reach the foreign server, so their writes are not probed.
 */
final class ProbeStatement {

    /** A relation that does not exist (yet, or any more): {@code LOCK TABLE} then fails with undefined_table. */
    private static final char ABSENT = '-';
    /** An ordinary table, what most probed relations are. */
    static final char TABLE = 'r';
    private static final String KIND = "SELECT c.relkind FROM pg_class c WHERE c.oid = to_regclass(?)";

    private ProbeStatement() {
    }

    /** The statement for {@code mode} on the relation as it is now; empty when ordinary traffic cannot take it there. */
    static Optional<String> of(Connection c, String relation, LockMode mode) throws SQLException {
        return of(kind(c, relation), relation, mode);
    }

    static Optional<String> of(char kind, String relation, LockMode mode) {
        String quoted = Tables.quote(relation);
        return switch (kind) {
            case 'm', 'f' -> mode == LockMode.ACCESS_SHARE ? Optional.of("SELECT FROM " + quoted + " WHERE false")
                    : Optional.empty();
            default -> Optional.of("LOCK TABLE " + quoted + " IN " + mode.sqlName() + " MODE");
        };
    }

    private static char kind(Connection c, String relation) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(KIND)) {
            s.setQueryTimeout(30);
            s.setString(1, Tables.quote(relation));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1).charAt(0) : ABSENT;
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
            }
        }
    }
}

package io.github.migrationtest.internal.data;

import io.github.migrationtest.internal.data.DataFinding.Counts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts one column's NULLs on either side of a judgement, for the finding about that column. Fingerprints leave
 * NULLs uncounted (a whole-table scan is cheaper without), except that they know when a column holds no value at all.
 */
final class NullCounter {

    /** NULLs of one column before and after; either may be {@link Counts#UNKNOWN}. */
    record Nulls(long before, long after) {

        static final Nulls NONE = new Nulls(0, 0);

        boolean known() {
            return before != Counts.UNKNOWN && after != Counts.UNKNOWN;
        }
    }

    private final Sides sides;

    NullCounter(Sides sides) {
        this.sides = sides;
    }

    /**
     * NULLs of {@code column} on both sides; the later side is counted only when the earlier one is known, since a
     * message shows both or neither.
     */
    Nulls of(TableFingerprint was, TableFingerprint is, String column) throws SQLException {
        long before = before(was, column);
        return new Nulls(before, before == Counts.UNKNOWN ? withoutCounting(is, column) : after(is, column));
    }

    /** NULLs of {@code column} in the earlier database, or {@link Counts#UNKNOWN} when it cannot be read. */
    long before(TableFingerprint was, String column) throws SQLException {
        long known = withoutCounting(was, column);
        if (known != Counts.UNKNOWN || !sides.hasEarlier()) {
            return known;
        }
        return count(sides.earlier(), was, column);
    }

    /** NULLs of {@code column} in the later database. */
    long after(TableFingerprint is, String column) throws SQLException {
        long known = withoutCounting(is, column);
        return known != Counts.UNKNOWN ? known : count(sides.later(), is, column);
    }

    /** The NULLs of {@code column} as far as the fingerprint tells: all rows, or none, or {@link Counts#UNKNOWN}. */
    static long withoutCounting(TableFingerprint table, String column) {
        if (table.column(column).orElseThrow().allNull()) {
            return table.rowCount();
        }
        return table.query().nullCountSql(column) == null ? 0 : Counts.UNKNOWN;
    }

    /** Counts the NULLs of {@code column} in {@code connection}, a database in the state {@code table} was taken of. */
    static long count(Connection connection, TableFingerprint table, String column) throws SQLException {
        String sql = table.query().nullCountSql(column);
        if (sql == null) {
            return 0;
        }
        try (Statement statement = Sql.statement(connection, Sql.SCAN_TIMEOUT_SECONDS);
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

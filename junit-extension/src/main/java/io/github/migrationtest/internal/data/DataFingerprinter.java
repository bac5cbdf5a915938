package io.github.migrationtest.internal.data;

import io.github.migrationtest.internal.database.HarnessQueryException;
import io.github.migrationtest.internal.database.OtherSessions;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes a {@link DatabaseFingerprint}: one scan per table, all hashing done in the server, no rows read into the JVM.
 */
public final class DataFingerprinter {

    /** Fingerprints every table of every non-system schema except {@code ignoredTables} ({@code schema.table}). */
    public DatabaseFingerprint take(Connection connection, Set<String> ignoredTables) throws SQLException {
        return take(connection, ignoredTables, Map.of());
    }

    /**
     * As {@link #take(Connection, Set)}, hashing the columns named in {@code compareAs}
     * ({@code schema.table.column} → SQL type) cast to that type, so that a column whose type changed compares with
     * its earlier self. When the cast fails for some value the column is hashed as it is, and the fingerprint notes why.
     */
    public DatabaseFingerprint take(Connection connection, Set<String> ignoredTables, Map<String, String> compareAs)
            throws SQLException {
        return take(connection, CatalogReader.tables(connection, ignoredTables), compareAs);
    }

    /**
     * As {@link #take(Connection, Set, Map)}, comparing every column whose type differs from its type in
     * {@code earlier} as that earlier type, so that the two fingerprints compare values, not representations.
     */
    public DatabaseFingerprint takeComparedWith(Connection connection, Set<String> ignoredTables,
                                                DatabaseFingerprint earlier) throws SQLException {
        List<TableShape> shapes = CatalogReader.tables(connection, ignoredTables);
        Map<String, String> compareAs = new HashMap<>();
        for (TableShape table : shapes) {
            for (TableShape.ColumnShape column : table.columns()) {
                earlier.table(table.qualifiedName()).flatMap(t -> t.column(column.name()))
                        .filter(was -> !was.type().equals(column.type()))
                        .ifPresent(was -> compareAs.put(table.qualifiedName() + "." + column.name(), was.type()));
            }
        }
        return take(connection, shapes, compareAs);
    }

    /**
     * Fingerprints those of {@code tables} whose row key is generated (identity or {@code nextval}) by content only:
     * without the key columns, as if the table had no key. Rows inserted again under new generated keys then compare
     * equal. Tables with another key, or none, are left out.
     */
    public DatabaseFingerprint takeByContent(Connection connection, Set<String> ignoredTables, Set<String> tables)
            throws SQLException {
        if (tables.isEmpty()) {
            return new DatabaseFingerprint(Map.of());
        }
        Set<String> generated = GeneratedColumns.of(connection);
        List<TableShape> shapes = CatalogReader.tables(connection, ignoredTables).stream()
                .filter(t -> tables.contains(t.qualifiedName()) && t.isKeyed()
                        && t.keyColumns().stream().allMatch(k -> generated.contains(t.qualifiedName() + "." + k)))
                .map(TableShape::withoutKey).toList();
        return take(connection, shapes, Map.of());
    }

    private static DatabaseFingerprint take(Connection connection, List<TableShape> shapes,
                                            Map<String, String> compareAs) throws SQLException {
        CastPlanner casts = new CastPlanner(connection, compareAs);
        Map<String, TableFingerprint> tables = new LinkedHashMap<>();
        for (TableShape table : shapes) {
            tables.put(table.qualifiedName(), fingerprint(connection, table, casts));
        }
        return new DatabaseFingerprint(tables);
    }

    /** One table's fingerprint; a failure names the table and, for a lock timeout, the sessions that hold its locks. */
    private static TableFingerprint fingerprint(Connection connection, TableShape table, CastPlanner casts)
            throws SQLException {
        try {
            return fingerprintOf(connection, table, casts);
        } catch (HarnessQueryException e) {
            throw e;
        } catch (SQLException e) {
            String name = table.qualifiedName();
            throw new HarnessQueryException("the data fingerprint of " + name, name,
                    "55P03".equals(e.getSQLState()) ? OtherSessions.holdingLocksOn(connection, name) : "", e);
        }
    }

    private static TableFingerprint fingerprintOf(Connection connection, TableShape table, CastPlanner casts)
            throws SQLException {
        List<ColumnPlan> plans = casts.plan(table);
        if (plans.stream().noneMatch(ColumnPlan::isCast)) {
            return scan(connection, table, plans);
        }
        TableFingerprint[] result = new TableFingerprint[1];
        SQLException castFailed = Sql.dataException(connection, () -> result[0] = scan(connection, table, plans));
        return castFailed == null ? result[0] : scan(connection, table, casts.withoutFailingCasts(table, plans));
    }

    private static TableFingerprint scan(Connection connection, TableShape table, List<ColumnPlan> plans)
            throws SQLException {
        FingerprintQuery query = new FingerprintQuery(table, plans);
        List<ColumnFingerprint> columns = plans.stream().map(p -> new ColumnFingerprint(p.name(), p.type(),
                p.comparedAs(), 0, true, new long[0], p.note(), p.comparable())).toList();
        String bucketOfRow = query.isKeyed() ? query.bucket() : "0";
        TableFingerprint shape = new TableFingerprint(table.qualifiedName(), 0, table.keyColumns(), query.keyHashing(),
                bucketOfRow, new long[0], new LinkedHashMap<>(), query);
        return read(connection, query.sql(), 1, shape, columns);
    }

    /**
     * The same fingerprint split into {@value TableFingerprint#BUCKETS} buckets by key, read from {@code connection}
     * (the database the fingerprint was taken of, or one in the same state); for narrowing a difference to rows.
     */
    static TableFingerprint inBuckets(Connection connection, TableFingerprint wholeTable) throws SQLException {
        int buckets = wholeTable.isKeyed() ? TableFingerprint.BUCKETS : 1;
        return read(connection, wholeTable.query().bucketedSql(), buckets, wholeTable, List.copyOf(wholeTable.columns().values()));
    }

    private static TableFingerprint read(Connection connection, String sql, int buckets, TableFingerprint shape,
                                         List<ColumnFingerprint> columnShapes) throws SQLException {
        int width = columnShapes.size();
        long[] rows = new long[buckets];
        long[][] hashes = new long[width][buckets];
        boolean[] hasValue = new boolean[width];
        try (Statement statement = Sql.statement(connection, Sql.SCAN_TIMEOUT_SECONDS);
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                int bucket = rs.getInt(1);
                rows[bucket] = rs.getLong(2);
                for (int i = 0; i < width; i++) {
                    BigDecimal hash = rs.getBigDecimal(3 + i);
                    hashes[i][bucket] = lowBits(hash);
                    hasValue[i] |= hash != null;
                }
            }
        }
        long rowCount = sum(rows);
        boolean keyed = shape.isKeyed();
        Map<String, ColumnFingerprint> columns = new LinkedHashMap<>();
        for (int i = 0; i < width; i++) {
            ColumnFingerprint c = columnShapes.get(i);
            long combined = keyed ? xor(hashes[i]) : sum(hashes[i]);
            columns.put(c.name(), new ColumnFingerprint(c.name(), c.type(), c.comparedAs(), combined,
                    !hasValue[i], hashes[i], c.note(), c.comparable()));
        }
        return new TableFingerprint(shape.name(), rowCount, shape.keyColumns(), shape.keyHashing(), shape.bucketOfRow(),
                rows, columns, shape.query());
    }

    /**
     * Sums of 64-bit hashes arrive as numeric; keeping the low 64 bits keeps them additive. An aggregate over no value
     * is NULL: the column holds only NULLs.
     */
    private static long lowBits(BigDecimal value) {
        return value == null ? 0 : value.toBigInteger().longValue();
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }

    private static long xor(long[] values) {
        long xor = 0;
        for (long value : values) {
            xor ^= value;
        }
        return xor;
    }
}

package io.github.migrationtest.internal.data;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table's rows reduced to counts and order-independent hashes.
 *
 * <p>A fingerprint of a whole table has a single bucket. To narrow a difference to rows, the rows of a keyed table are
 * split into {@value #BUCKETS} buckets by a hash of their key ({@code DataFingerprinter.inBuckets}, which runs
 * {@code query}); every count and hash is then kept per bucket.
 *
 * @param name            qualified name, {@code schema.table}
 * @param rowCount        number of rows
 * @param keyColumns      the columns that identify a row (empty when the table has none)
 * @param keyHashing      how the key was hashed (column names and hash families); hashes of two fingerprints are
 *                        comparable only when this is equal
 * @param bucketOfRow     SQL over table alias {@code t} giving a row's bucket, for fetching the rows of a bucket later
 * @param bucketRowCounts rows per bucket
 * @param columns         per column, in attribute order
 * @param query           the query that took this fingerprint, also split into buckets (not part of equality)
 */
public record TableFingerprint(String name, long rowCount, List<String> keyColumns, String keyHashing,
                               String bucketOfRow, long[] bucketRowCounts, Map<String, ColumnFingerprint> columns,
                               FingerprintQuery query) {

    /** Number of buckets of a keyed table. */
    public static final int BUCKETS = 64;

    public boolean isKeyed() {
        return !keyColumns.isEmpty();
    }

    /**
     * Whether both fingerprints hold the same row keys, as far as the hashes of the key columns tell; false for tables
     * without a key, or whose keys were hashed differently.
     */
    public boolean sameKeysAs(TableFingerprint other) {
        if (!isKeyed() || !keyHashing.equals(other.keyHashing) || rowCount != other.rowCount) {
            return false;
        }
        return keyColumns.stream().allMatch(k -> column(k).flatMap(c -> other.column(k).map(c::sameValuesAs)).orElse(false));
    }

    public Optional<ColumnFingerprint> column(String columnName) {
        return Optional.ofNullable(columns.get(columnName));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableFingerprint that && name.equals(that.name) && rowCount == that.rowCount
                && keyColumns.equals(that.keyColumns) && keyHashing.equals(that.keyHashing)
                && Arrays.equals(bucketRowCounts, that.bucketRowCounts) && columns.equals(that.columns);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Long.hashCode(rowCount);
    }

    @Override
    public String toString() {
        return name + " (" + rowCount + " rows, key " + keyColumns + ", columns " + columns.values() + ")";
    }
}

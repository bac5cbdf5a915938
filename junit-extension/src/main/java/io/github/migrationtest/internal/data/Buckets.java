package io.github.migrationtest.internal.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Which buckets of two fingerprints of a table differ, and how many rows they hold. */
final class Buckets {

    private Buckets() {
    }

    /**
     * For {@code column} null, buckets whose row count or key hashes differ. Else buckets whose hash of the column
     * differs, preferring those whose row count did not change (there the values changed, not the rows).
     */
    static List<Integer> differing(TableFingerprint was, TableFingerprint is, String column) {
        if (column == null) {
            return select(was, is, b -> rowsDiffer(was, is, b) || hashDiffers(was, is, was.keyColumns(), b));
        }
        List<Integer> valuesChanged = valuesChanged(was, is, column);
        return valuesChanged.isEmpty() ? select(was, is, b -> hashDiffers(was, is, List.of(column), b))
                : valuesChanged;
    }

    /** Buckets with the same number of rows but another hash of the column. */
    static List<Integer> valuesChanged(TableFingerprint was, TableFingerprint is, String column) {
        return select(was, is, b -> !rowsDiffer(was, is, b) && hashDiffers(was, is, List.of(column), b));
    }

    private static List<Integer> select(TableFingerprint was, TableFingerprint is, IntPredicate test) {
        List<Integer> buckets = new ArrayList<>();
        for (int bucket = 0; bucket < was.bucketRowCounts().length; bucket++) {
            if (test.test(bucket)) {
                buckets.add(bucket);
            }
        }
        return buckets;
    }

    private static boolean rowsDiffer(TableFingerprint was, TableFingerprint is, int bucket) {
        return was.bucketRowCounts()[bucket] != is.bucketRowCounts()[bucket];
    }

    static long rows(TableFingerprint table, List<Integer> buckets) {
        return buckets.stream().mapToLong(b -> table.bucketRowCounts()[b]).sum();
    }

    private static boolean hashDiffers(TableFingerprint was, TableFingerprint is, List<String> columns, int bucket) {
        for (String column : columns) {
            ColumnFingerprint before = was.column(column).orElse(null);
            ColumnFingerprint after = is.column(column).orElse(null);
            if (before == null || after == null || before.bucketHashes()[bucket] != after.bucketHashes()[bucket]) {
                return true;
            }
        }
        return false;
    }
}

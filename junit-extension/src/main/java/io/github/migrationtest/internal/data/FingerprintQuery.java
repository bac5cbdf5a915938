package io.github.migrationtest.internal.data;

import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The SELECT that fingerprints one table: the row count and, per column, the combined hash; {@link #sql()} for the
 * whole table, {@link #bucketedSql()} one output row per bucket, {@link #nullCountSql(String)} a column's NULLs.
 *
 * <p>Every step fingerprints whole tables; only a difference pays for buckets, to narrow it to rows, and for NULL
 * counts, to describe it. On 3 million rows and 2 cores the whole-table query costs 3.2 to 3.4 times a
 * {@code count(*)} ({@code FingerprintBenchmark}). The floor is per-row work in the server: per column one hash call
 * and one aggregate step; the benchmark measures reading every column into an aggregate of its own at 2.0 to 2.1 times
 * and hashing every value once, into one aggregate, at 2.6 to 2.8 times. A column without any value needs no count:
 * its aggregate over no input is NULL. Buckets come from joining a 64-row {@code generate_series}: grouping by a computed
 * expression instead makes the planner expect one group per row and give up the parallel partial aggregate, which
 * costs more still.
 */
record FingerprintQuery(TableShape table, List<ColumnPlan> columns) {

    private static final String BUCKET_ALIAS = "mt_bucket";

    /** The same query over only these columns (in their original order). */
    FingerprintQuery withColumns(java.util.Collection<String> names) {
        return new FingerprintQuery(table, columns.stream().filter(c -> names.contains(c.name())).toList());
    }

    /** One row: bucket 0 holding the whole table. */
    String sql() {
        return select(false) + "FROM " + table.sqlName() + " AS t";
    }

    /** One row per bucket of a keyed table; the whole table for a table without key. */
    String bucketedSql() {
        if (!isKeyed()) {
            return sql();
        }
        return select(true) + "FROM " + table.sqlName() + " AS t\nJOIN generate_series(0, " + (TableFingerprint.BUCKETS - 1)
                + ") AS " + BUCKET_ALIAS + "(n) ON " + BUCKET_ALIAS + ".n = " + bucket() + "\nGROUP BY " + BUCKET_ALIAS + ".n";
    }

    private String select(boolean bucketed) {
        StringJoiner select = new StringJoiner(",\n       ", "SELECT ", "\n");
        select.add(bucketed ? BUCKET_ALIAS + ".n" : "0");
        select.add("count(*)");
        String combine = isKeyed() ? "bit_xor" : "sum";
        String seed = isKeyed() ? keySeed() : "0";
        for (ColumnPlan column : columns) {
            select.add(combine + "(" + HashExpressions.hash(column.value(), column.baseType(), seed) + ")");
        }
        return select.toString();
    }

    /**
     * The count of NULLs of one column (as hashed, so after its cast), or {@code null} when the column can hold none;
     * run only for a column a finding is about.
     */
    String nullCountSql(String column) {
        ColumnPlan plan = columns.stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow();
        return plan.neverNull() ? null
                : "SELECT count(*) FILTER (WHERE " + plan.value() + " IS NULL) FROM " + table.sqlName() + " AS t";
    }

    /** The bucket (0..63) of the row {@code t}, the same expression the example queries filter on. */
    String bucket() {
        String seed = keySeed();
        String spread = isIntegerKey() ? "hashint8extended(" + seed + ", 0)" : seed;
        return "(" + spread + " & " + (TableFingerprint.BUCKETS - 1) + ")::int";
    }

    /** Column names and hash families of the key; equal descriptions hash keys alike. */
    String keyHashing() {
        return keyPlans().stream().map(k -> k.name() + ":" + family(k.baseType())).collect(Collectors.joining(","));
    }

    boolean isKeyed() {
        return !table.keyColumns().isEmpty();
    }

    private String keySeed() {
        List<ColumnPlan> keys = keyPlans();
        if (isIntegerKey()) {
            return "(" + keys.get(0).value() + ")::int8";
        }
        String seed = "0";
        for (ColumnPlan key : keys) {
            seed = HashExpressions.hash(key.value(), key.baseType(), seed);
        }
        return seed;
    }

    private boolean isIntegerKey() {
        List<ColumnPlan> keys = keyPlans();
        return keys.size() == 1 && HashExpressions.isInteger(keys.get(0).baseType());
    }

    private List<ColumnPlan> keyPlans() {
        return table.keyColumns().stream()
                .map(name -> columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow())
                .toList();
    }

    private static String family(String baseType) {
        if (HashExpressions.isInteger(baseType)) {
            return "int";
        }
        return baseType.equals("varchar") ? "text" : baseType;
    }
}

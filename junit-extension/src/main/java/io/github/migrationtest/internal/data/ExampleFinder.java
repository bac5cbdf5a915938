package io.github.migrationtest.internal.data;

import io.github.migrationtest.internal.data.DataFinding.Precision;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Narrows a difference between two fingerprints to rows: compares the first rows of the differing buckets on both
 * sides, by key, and reports example rows and how many rows differ.
 */
final class ExampleFinder {

    private static final int MAX_EXAMPLES = 10;

    /** Example rows and the number of differing rows, as well as it is known. */
    record Sample(List<ExampleRow> examples, long differingRows, Precision precision) {
    }

    private final Sides sides;

    /** Without the earlier side only counts are reported. */
    ExampleFinder(Sides sides) {
        this.sides = sides;
    }

    /**
     * Compares one column ({@code column} non-null: only rows present on both sides count) or the presence of rows
     * ({@code column} null).
     */
    Sample compare(TableFingerprint wasWhole, TableFingerprint isWhole, String column) throws SQLException {
        if (!wasWhole.isKeyed() || !wasWhole.keyHashing().equals(isWhole.keyHashing())) {
            return new Sample(List.of(), 0, Precision.UNKNOWN);
        }
        if (!sides.hasEarlier()) {
            return new Sample(List.of(), Math.max(wasWhole.rowCount(), isWhole.rowCount()), Precision.AT_MOST);
        }
        TableFingerprint was = DataFingerprinter.inBuckets(sides.earlier(), wasWhole);
        TableFingerprint is = DataFingerprinter.inBuckets(sides.later(), isWhole);
        List<Integer> buckets = Buckets.differing(was, is, column);
        long rowsBefore = Buckets.rows(was, buckets);
        long rowsAfter = Buckets.rows(is, buckets);
        if (buckets.isEmpty()) {
            return new Sample(List.of(), Math.max(rowsBefore, rowsAfter), Precision.AT_MOST);
        }
        SideQuery then = new SideQuery(sides.earlier(), was, column);
        SideQuery now = new SideQuery(sides.later(), is, column);
        Map<List<String>, String> old = new LinkedHashMap<>(then.firstRowsOf(buckets));
        Map<List<String>, String> current = new LinkedHashMap<>(now.firstRowsOf(buckets));
        Set<List<String>> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(current.keySet());
        current.putAll(now.rowsWithKeys(missing(old.keySet(), current.keySet())));
        old.putAll(then.rowsWithKeys(missing(current.keySet(), old.keySet())));
        return sample(was, is, column, keys, old, current, rowsBefore, rowsAfter);
    }

    private Sample sample(TableFingerprint was, TableFingerprint is, String column, Set<List<String>> keys,
                          Map<List<String>, String> old, Map<List<String>, String> current, long rowsBefore,
                          long rowsAfter) {
        List<ExampleRow> examples = new ArrayList<>();
        long differing = 0;
        for (List<String> key : keys) {
            boolean onBothSides = old.containsKey(key) && current.containsKey(key);
            if (column != null && !onBothSides) {
                continue; // a row deleted or added: the rows finding reports it, not the column's
            }
            boolean same = onBothSides && Objects.equals(old.get(key), current.get(key));
            if (!same) {
                differing++;
                if (examples.size() < MAX_EXAMPLES) {
                    examples.add(example(was, is, column, key, old, current));
                }
            }
        }
        if (rowsBefore <= SideQuery.LIMIT && rowsAfter <= SideQuery.LIMIT) {
            return new Sample(examples, differing, Precision.EXACT);
        }
        long estimate = Math.round((double) differing / keys.size() * Math.max(rowsBefore, rowsAfter));
        return estimate == 0 ? new Sample(examples, Math.max(rowsBefore, rowsAfter), Precision.AT_MOST)
                : new Sample(examples, Math.max(differing, roughly(estimate)), Precision.ABOUT);
    }

    private static ExampleRow example(TableFingerprint was, TableFingerprint is, String column, List<String> key,
                                      Map<List<String>, String> old, Map<List<String>, String> current) {
        List<String> literals = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            literals.add(FindingMessages.literal(key.get(i), numeric(was, was.keyColumns().get(i))));
        }
        String rendered = FindingMessages.key(was.keyColumns(), literals);
        return new ExampleRow(rendered, value(was, column, key, old), value(is, column, key, current));
    }

    private static String value(TableFingerprint table, String column, List<String> key, Map<List<String>, String> rows) {
        if (!rows.containsKey(key)) {
            return null;
        }
        return column == null ? "(row)" : FindingMessages.literal(rows.get(key), numeric(table, column));
    }

    private static boolean numeric(TableFingerprint table, String column) {
        return FindingMessages.isNumeric(table.column(column).orElseThrow().comparedAs());
    }

    private static List<List<String>> missing(Set<List<String>> wanted, Set<List<String>> present) {
        return wanted.stream().filter(k -> !present.contains(k)).toList();
    }

    /** Two significant digits: an estimate should not look exact. */
    private static long roughly(long estimate) {
        long scale = 1;
        while (estimate / scale >= 100) {
            scale *= 10;
        }
        return Math.round((double) estimate / scale) * scale;
    }
}

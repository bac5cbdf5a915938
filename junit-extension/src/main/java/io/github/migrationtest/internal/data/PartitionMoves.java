package io.github.migrationtest.internal.data;

import io.github.migrationtest.internal.data.DataFinding.Counts;
import io.github.migrationtest.internal.data.DataFinding.Kind;
import io.github.migrationtest.internal.data.DataFinding.Phase;
import io.github.migrationtest.internal.data.DataFinding.Precision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rows that moved between a partitioned table and a partition detached from it or attached to it: the parent's
 * fingerprint on one side equals the parent's combined with the partition's on the other (row counts add up, column
 * hashes combine as the fingerprint combines rows), so no row was lost, the rows only changed table.
 *
 * @param findings one {@link Kind#ROWS_MOVED} finding per move
 * @param settled  the tables the moves account for, which need no judgement of their own
 */
record PartitionMoves(List<DataFinding> findings, Set<String> settled) {

    static PartitionMoves of(Phase phase, DatabaseFingerprint was, DatabaseFingerprint is) {
        List<DataFinding> findings = new ArrayList<>();
        Set<String> settled = new HashSet<>();
        for (TableFingerprint before : was.tables().values()) {
            TableFingerprint after = is.tables().get(before.name());
            if (after == null || after.rowCount() == before.rowCount()) {
                continue;
            }
            boolean detached = after.rowCount() < before.rowCount();
            for (TableFingerprint partition : (detached ? is : was).tables().values()) {
                boolean onOneSideOnly = !(detached ? was : is).tables().containsKey(partition.name());
                if (onOneSideOnly && partition.rowCount() > 0
                        && holdsBoth(detached ? before : after, detached ? after : before, partition)) {
                    findings.add(new DataFinding(phase, Kind.ROWS_MOVED, before.name(), null, new Counts(before.rowCount(),
                            after.rowCount(), 0, 0, partition.rowCount(), Precision.EXACT), partition.name(), List.of()));
                    settled.add(before.name());
                    settled.add(partition.name());
                    break;
                }
            }
        }
        return new PartitionMoves(findings, settled);
    }

    /** Whether {@code whole} holds exactly the rows of {@code part} and {@code rest} together. */
    private static boolean holdsBoth(TableFingerprint whole, TableFingerprint part, TableFingerprint rest) {
        if (whole.rowCount() != part.rowCount() + rest.rowCount() || !whole.keyHashing().equals(part.keyHashing())
                || !whole.keyHashing().equals(rest.keyHashing()) || !whole.columns().keySet().equals(part.columns().keySet())
                || !whole.columns().keySet().equals(rest.columns().keySet())) {
            return false;
        }
        for (ColumnFingerprint column : whole.columns().values()) {
            ColumnFingerprint a = part.columns().get(column.name());
            ColumnFingerprint b = rest.columns().get(column.name());
            long combined = whole.isKeyed() ? a.hash() ^ b.hash() : a.hash() + b.hash();
            if (!column.comparedAs().equals(a.comparedAs()) || !column.comparedAs().equals(b.comparedAs())
                    || column.hash() != combined || column.allNull() != (a.allNull() && b.allNull())) {
                return false;
            }
        }
        return true;
    }
}

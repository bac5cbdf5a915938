package io.github.migrationtest.internal.data;

import io.github.migrationtest.internal.data.DataFinding.Counts;
import io.github.migrationtest.internal.data.DataFinding.Kind;
import io.github.migrationtest.internal.data.DataFinding.Phase;
import io.github.migrationtest.internal.data.DataFinding.Precision;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares two fingerprints of one table and says what happened to its rows and columns. */
final class TableJudge {

    private final Phase phase;
    private final ExampleFinder examples;

    TableJudge(Phase phase, ExampleFinder examples) {
        this.phase = phase;
        this.examples = examples;
    }

    List<DataFinding> judge(TableFingerprint was, TableFingerprint is) throws SQLException {
        List<DataFinding> findings = new ArrayList<>();
        if (is == null) {
            if (was.rowCount() > 0) {
                findings.add(finding(Kind.TABLE_DROPPED_WITH_DATA, was, null, null, noSample()));
            }
            return findings;
        }
        if (was.rowCount() != is.rowCount()) {
            ExampleFinder.Sample sample = examples.compare(was, is, null);
            findings.add(finding(onlyAdded(was, is, sample) ? Kind.ROWS_ADDED : kind(Kind.ROWS_CHANGED), was, is, null, sample));
        }
        boolean comparable = was.keyHashing().equals(is.keyHashing());
        if (!comparable && was.rowCount() > 0) {
            findings.add(new DataFinding(phase, Kind.KEY_CHANGED, was.name(), null, counts(was, is, null, noSample()),
                    "the row key changed from " + was.keyColumns() + " to " + is.keyColumns(), List.of()));
        }
        Map<String, ColumnFingerprint> added = new LinkedHashMap<>(is.columns());
        added.keySet().removeAll(was.columns().keySet());
        for (ColumnFingerprint column : was.columns().values()) {
            ColumnFingerprint now = is.columns().get(column.name());
            if (now == null) {
                findings.addAll(gone(was, is, column, added));
            } else if (comparable && valuesDiffer(was, is, column, now)) {
                findings.add(changed(was, is, column, now));
            }
        }
        return findings;
    }

    /** In a forward run, rows inserted into a table are no loss, when every differing row was compared and none went. */
    private boolean onlyAdded(TableFingerprint was, TableFingerprint is, ExampleFinder.Sample sample) {
        return phase == Phase.FORWARD && sample.precision() == Precision.EXACT
                && sample.differingRows() == is.rowCount() - was.rowCount()
                && sample.examples().stream().noneMatch(ExampleRow::isDeleted);
    }

    private boolean valuesDiffer(TableFingerprint was, TableFingerprint is, ColumnFingerprint column,
                                 ColumnFingerprint now) {
        if (was.rowCount() == is.rowCount()) {
            return !column.sameValuesAs(now);
        }
        return !Buckets.valuesChanged(was, is, column.name()).isEmpty();
    }

    private DataFinding changed(TableFingerprint was, TableFingerprint is, ColumnFingerprint column,
                                ColumnFingerprint now) throws SQLException {
        ExampleFinder.Sample sample = examples.compare(was, is, column.name());
        if (sample.precision() != Precision.EXACT && was.rowCount() == is.rowCount()) {
            sample = exactWhenOneSideIsAllNull(was, column, now, sample);
        }
        return finding(kind(Kind.COLUMN_CHANGED), was, is, column.name(), sample).withDetail(now.note());
    }

    /** A column that is entirely NULL on one side differs in exactly the rows that hold a value on the other. */
    private static ExampleFinder.Sample exactWhenOneSideIsAllNull(TableFingerprint was, ColumnFingerprint column,
                                                                  ColumnFingerprint now, ExampleFinder.Sample sample) {
        long rows = was.rowCount();
        if (now.nullCount() == rows || column.nullCount() == rows) {
            long differing = rows - Math.min(column.nullCount(), now.nullCount());
            return new ExampleFinder.Sample(sample.examples(), differing, Precision.EXACT);
        }
        return sample;
    }

    private List<DataFinding> gone(TableFingerprint was, TableFingerprint is, ColumnFingerprint column,
                                   Map<String, ColumnFingerprint> added) {
        if (column.nullCount() == was.rowCount()) {
            return List.of();
        }
        for (ColumnFingerprint candidate : added.values()) {
            if (was.rowCount() == is.rowCount() && candidate.sameValuesAs(column)) {
                added.remove(candidate.name());
                return List.of(new DataFinding(phase, Kind.COLUMN_RENAMED, was.name(), column.name(),
                        counts(was, is, column.name(), noSample()), candidate.name(), List.of()));
            }
        }
        return List.of(finding(Kind.COLUMN_DROPPED_WITH_DATA, was, is, column.name(), noSample()));
    }

    private Kind kind(Kind kind) {
        return phase == Phase.AGAIN ? Kind.NOT_REPEATABLE : kind;
    }

    private DataFinding finding(Kind kind, TableFingerprint was, TableFingerprint is, String column,
                                ExampleFinder.Sample sample) {
        return new DataFinding(phase, kind, was.name(), column, counts(was, is, column, sample), null,
                sample.examples());
    }

    private static Counts counts(TableFingerprint was, TableFingerprint is, String column, ExampleFinder.Sample sample) {
        long nullsBefore = column == null ? 0 : was.column(column).map(ColumnFingerprint::nullCount).orElse(0L);
        long nullsAfter = column == null || is == null ? 0
                : is.column(column).map(ColumnFingerprint::nullCount).orElse(0L);
        return new Counts(was.rowCount(), is == null ? 0 : is.rowCount(), nullsBefore, nullsAfter,
                sample.differingRows(), sample.precision());
    }

    private static ExampleFinder.Sample noSample() {
        return new ExampleFinder.Sample(List.of(), 0, Precision.UNKNOWN);
    }
}

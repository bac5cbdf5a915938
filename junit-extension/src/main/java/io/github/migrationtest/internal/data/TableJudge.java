package io.github.migrationtest.internal.data;

import io.github.migrationtest.internal.data.DataFinding.Counts;
import io.github.migrationtest.internal.data.DataFinding.Kind;
import io.github.migrationtest.internal.data.DataFinding.Phase;
import io.github.migrationtest.internal.data.DataFinding.Precision;
import io.github.migrationtest.internal.data.NullCounter.Nulls;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compares two fingerprints of one table and says what happened to its rows and columns. */
final class TableJudge {

    private final Phase phase;
    private final ExampleFinder examples;
    private final NullCounter nullCounter;
    private final RowsKept rowsKept;

    TableJudge(Phase phase, ExampleFinder examples, NullCounter nullCounter, RowsKept rowsKept) {
        this.phase = phase;
        this.examples = examples;
        this.nullCounter = nullCounter;
        this.rowsKept = rowsKept;
    }

    List<DataFinding> judge(TableFingerprint was, TableFingerprint is) throws SQLException {
        List<DataFinding> findings = new ArrayList<>();
        if (is == null) {
            if (was.rowCount() > 0) {
                findings.add(finding(Kind.TABLE_DROPPED_WITH_DATA, was, null, null, noSample(), Nulls.NONE));
            }
            return findings;
        }
        boolean comparable = was.keyHashing().equals(is.keyHashing());
        boolean otherKeys = comparable && was.isKeyed() && was.rowCount() == is.rowCount() && !was.sameKeysAs(is);
        if (was.rowCount() != is.rowCount() || otherKeys) {
            ExampleFinder.Sample compared = growthByContent(was, is, comparable).orElse(examples.compare(was, is, null));
            ExampleFinder.Sample sample = comparable ? countedByKey(was, is, compared) : compared;
            Kind kind = onlyAdded(was, is, sample) ? Kind.ROWS_ADDED : kind(Kind.ROWS_CHANGED);
            String detail = !comparable ? FindingMessages.KEY_CHANGED_DETAIL
                    : was.isKeyed() && sample.precision() != Precision.EXACT ? FindingMessages.NOT_COUNTED_DETAIL
                    : sample != compared && kind == Kind.ROWS_CHANGED ? FindingMessages.COUNTED_BY_KEY_DETAIL : null;
            findings.add(finding(kind, was, is, null, sample, Nulls.NONE).withDetail(detail));
        }
        if (!comparable && was.rowCount() > 0) {
            Counts counts = counts(was, is, noSample(), Nulls.NONE);
            findings.add(new DataFinding(phase, Kind.KEY_CHANGED, was.name(), null, counts, keyChange(was, is), List.of()));
        }
        Map<String, ColumnFingerprint> added = new LinkedHashMap<>(is.columns());
        added.keySet().removeAll(was.columns().keySet());
        for (ColumnFingerprint column : was.columns().values()) {
            ColumnFingerprint now = is.columns().get(column.name());
            if (now == null) {
                findings.addAll(gone(was, is, column, added));
            } else if (comparable && now.notComparableWith(column)) {
                findings.add(new DataFinding(phase, Kind.NOT_COMPARABLE, was.name(), column.name(),
                        counts(was, is, noSample(), Nulls.NONE),
                        FindingMessages.typeChange(column.type(), now.type(), now.note()), List.of()));
            } else if (comparable && !was.keyColumns().contains(column.name()) && valuesDiffer(was, is, column, now)) {
                Optional<DataFinding> moved = renamedAway(was, is, column, added);
                (moved.isPresent() ? moved : changed(was, is, column, now)).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** Another key, or the same key columns retyped to a type whose values do not compare with the old ones. */
    private static String keyChange(TableFingerprint was, TableFingerprint is) {
        if (!was.keyColumns().equals(is.keyColumns())) {
            return "the row key changed from " + was.keyColumns() + " to " + is.keyColumns();
        }
        String types = was.keyColumns().stream().map(k -> was.column(k).orElseThrow().type() + " → "
                + is.column(k).orElseThrow().type()).collect(java.util.stream.Collectors.joining(", "));
        return "its row key " + was.keyColumns() + " changed type (" + types + "), so rows cannot be matched by key";
    }

    /**
     * In a forward run, rows inserted into a table are no loss: when the table was empty before, or when every
     * differing row was compared or counted and none went.
     */
    private boolean onlyAdded(TableFingerprint was, TableFingerprint is, ExampleFinder.Sample sample) throws SQLException {
        if (phase != Phase.FORWARD || is.rowCount() <= was.rowCount()) {
            return false;
        }
        if (was.rowCount() == 0) {
            return true;
        }
        if (!was.isKeyed() || !was.keyHashing().equals(is.keyHashing())) {
            return sample.precision() == Precision.EXACT && sample.differingRows() == 0;
        }
        return sample.precision() == Precision.EXACT && sample.differingRows() == is.rowCount() - was.rowCount()
                && sample.examples().stream().noneMatch(ExampleRow::isDeleted);
    }

    /**
     * In a forward run, a keyed table that gained more rows than the examples could compare is counted by key: every
     * earlier key still there (then as many rows differ as were added), or how many of them went.
     */
    private ExampleFinder.Sample countedByKey(TableFingerprint was, TableFingerprint is, ExampleFinder.Sample sample)
            throws SQLException {
        if (phase != Phase.FORWARD || !was.isKeyed() || sample.precision() == Precision.EXACT
                || is.rowCount() <= was.rowCount() || sample.examples().stream().anyMatch(ExampleRow::isDeleted)) {
            return sample;
        }
        long missing = rowsKept.missing(was, is);
        long growth = is.rowCount() - was.rowCount();
        return missing < 0 ? sample : new ExampleFinder.Sample(sample.examples(), missing == 0 ? growth : missing, Precision.EXACT);
    }

    /**
     * For a table that gained rows and whose rows cannot be matched by key (it has none, or it changed), how many of
     * its earlier rows are missing, when that can be counted.
     */
    private Optional<ExampleFinder.Sample> growthByContent(TableFingerprint was, TableFingerprint is, boolean sameKey)
            throws SQLException {
        if (was.isKeyed() && sameKey || is.rowCount() <= was.rowCount() || was.rowCount() == 0) {
            return Optional.empty();
        }
        long missing = rowsKept.missing(was, is);
        return missing < 0 ? Optional.empty() : Optional.of(new ExampleFinder.Sample(List.of(), missing, Precision.EXACT));
    }

    private boolean valuesDiffer(TableFingerprint was, TableFingerprint is, ColumnFingerprint column,
                                 ColumnFingerprint now) {
        if (was.rowCount() == is.rowCount()) {
            return !column.sameValuesAs(now);
        }
        return !Buckets.valuesChanged(was, is, column.name()).isEmpty();
    }

    /** The column's finding; empty when comparing every row on both sides found no value changed (rows were replaced). */
    private Optional<DataFinding> changed(TableFingerprint was, TableFingerprint is, ColumnFingerprint column,
                                          ColumnFingerprint now) throws SQLException {
        ExampleFinder.Sample sample = examples.compare(was, is, column.name());
        if (sample.precision() == Precision.EXACT && sample.differingRows() == 0) {
            return Optional.empty();
        }
        Nulls nulls = nullCounter.of(was, is, column.name());
        if (sample.precision() != Precision.EXACT && was.rowCount() == is.rowCount()) {
            sample = exactWhenOneSideIsAllNull(was, column, now, sample, nulls);
        }
        String castNote = now.comparable() ? now.note() : null;
        return Optional.of(finding(kind(Kind.COLUMN_CHANGED), was, is, column.name(), sample, nulls).withDetail(castNote));
    }

    /** A column that is entirely NULL on one side differs in exactly the rows that hold a value on the other. */
    private static ExampleFinder.Sample exactWhenOneSideIsAllNull(TableFingerprint was, ColumnFingerprint column,
                                                                  ColumnFingerprint now, ExampleFinder.Sample sample,
                                                                  Nulls nulls) {
        if ((now.allNull() || column.allNull()) && nulls.known()) {
            long differing = was.rowCount() - Math.min(nulls.before(), nulls.after());
            return new ExampleFinder.Sample(sample.examples(), differing, Precision.EXACT);
        }
        return sample;
    }

    private List<DataFinding> gone(TableFingerprint was, TableFingerprint is, ColumnFingerprint column,
                                   Map<String, ColumnFingerprint> added) throws SQLException {
        if (column.allNull()) {
            return List.of();
        }
        for (ColumnFingerprint candidate : added.values()) {
            if (was.rowCount() == is.rowCount() && candidate.sameValuesAs(column)) {
                added.remove(candidate.name());
                return List.of(new DataFinding(phase, Kind.COLUMN_RENAMED, was.name(), column.name(),
                        counts(was, is, noSample(), unchanged(was, column)), candidate.name(), List.of()));
            }
        }
        Nulls nulls = new Nulls(nullCounter.before(was, column.name()), 0);
        return List.of(finding(Kind.COLUMN_DROPPED_WITH_DATA, was, is, column.name(), noSample(), nulls));
    }

    /**
     * A column renamed and replaced by a new one of its old name ({@code RENAME COLUMN a TO b; ADD COLUMN a}): its
     * values are all in a column the migration added, so they are kept, under the new name.
     */
    private Optional<DataFinding> renamedAway(TableFingerprint was, TableFingerprint is, ColumnFingerprint column,
                                              Map<String, ColumnFingerprint> added) {
        if (column.allNull() || was.rowCount() != is.rowCount()) {
            return Optional.empty();
        }
        for (ColumnFingerprint candidate : added.values()) {
            if (candidate.sameValuesAs(column)) {
                added.remove(candidate.name());
                return Optional.of(new DataFinding(phase, Kind.COLUMN_RENAMED, was.name(), column.name(),
                        counts(was, is, noSample(), unchanged(was, column)), candidate.name(), List.of()));
            }
        }
        return Optional.empty();
    }

    private Kind kind(Kind kind) {
        return phase == Phase.AGAIN ? Kind.NOT_REPEATABLE : kind;
    }

    private DataFinding finding(Kind kind, TableFingerprint was, TableFingerprint is, String column,
                                ExampleFinder.Sample sample, Nulls nulls) {
        return new DataFinding(phase, kind, was.name(), column, counts(was, is, sample, nulls), null,
                sample.examples());
    }

    /** A renamed column keeps its values, so its NULLs too; they are not counted, as the message does not say. */
    private static Nulls unchanged(TableFingerprint was, ColumnFingerprint column) {
        long nulls = NullCounter.withoutCounting(was, column.name());
        return new Nulls(nulls, nulls);
    }

    private static Counts counts(TableFingerprint was, TableFingerprint is, ExampleFinder.Sample sample, Nulls nulls) {
        return new Counts(was.rowCount(), is == null ? 0 : is.rowCount(), nulls.before(), nulls.after(),
                sample.differingRows(), sample.precision());
    }

    private static ExampleFinder.Sample noSample() {
        return new ExampleFinder.Sample(List.of(), 0, Precision.UNKNOWN);
    }
}

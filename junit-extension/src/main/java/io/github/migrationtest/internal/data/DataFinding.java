package io.github.migrationtest.internal.data;

import java.util.List;

/**
 * One thing the data judgement found, e.g. a column whose values the down script did not restore.
 *
 * @param phase    which two states were compared
 * @param kind     what was found
 * @param table    qualified table name
 * @param column   the column, or {@code null} when the finding is about rows or the whole table
 * @param counts   row, NULL and differing-row counts
 * @param detail   the new column name of a rename, the new key of a key change, a cast note, the type change of a
 *                 column not compared, the partition rows moved with, or {@code null}
 * @param examples up to ten rows that differ, by key
 */
public record DataFinding(Phase phase, Kind kind, String table, String column, Counts counts, String detail,
                          List<ExampleRow> examples) {

    /** The two states compared. */
    public enum Phase {
        /** before the forward step against after it */
        FORWARD,
        /** before the forward step against after its down script */
        ROUND_TRIP,
        /** after the first forward step against after the second, following the down script */
        AGAIN
    }

    /**
     * What was found; all but {@link #COLUMN_RENAMED}, {@link #KEY_CHANGED}, {@link #ROWS_ADDED},
     * {@link #NOT_COMPARABLE} and {@link #ROWS_MOVED} are data losses or changes.
     */
    public enum Kind {
        ROWS_CHANGED, COLUMN_CHANGED, COLUMN_DROPPED_WITH_DATA, TABLE_DROPPED_WITH_DATA, COLUMN_RENAMED, KEY_CHANGED,
        NOT_REPEATABLE, ROWS_ADDED, NOT_COMPARABLE, ROWS_MOVED;

        public boolean isInformation() {
            return this == COLUMN_RENAMED || this == KEY_CHANGED || this == ROWS_ADDED || this == NOT_COMPARABLE
                    || this == ROWS_MOVED;
        }
    }

    /** How well {@link Counts#differingRows()} is known. */
    public enum Precision {
        /** every row of the differing buckets was compared */
        EXACT,
        /** extrapolated from the compared sample */
        ABOUT,
        /** rows of the differing buckets; no rows could be compared */
        AT_MOST,
        /** the table has no key, so rows cannot be told apart */
        UNKNOWN
    }

    /**
     * @param rowsBefore    rows before
     * @param rowsAfter     rows after
     * @param nullsBefore   NULLs in the column before (0 for row and table findings), or {@link #UNKNOWN} when they
     *                      were not counted (the earlier database was not at hand, or the message does not need them)
     * @param nullsAfter    NULLs in the column after, or {@link #UNKNOWN}
     * @param differingRows rows whose value or presence differs, as well as {@code precision} says
     * @param precision     how well {@code differingRows} is known
     */
    public record Counts(long rowsBefore, long rowsAfter, long nullsBefore, long nullsAfter, long differingRows,
                         Precision precision) {

        /** A NULL count that was not counted. */
        public static final long UNKNOWN = -1;
    }

    public DataFinding {
        examples = List.copyOf(examples);
    }

    DataFinding withDetail(String newDetail) {
        return new DataFinding(phase, kind, table, column, counts, newDetail, examples);
    }

    /** The finding as a sentence that names table, column, counts, example keys and how to fix it. */
    public String message() {
        return FindingMessages.message(this);
    }

    @Override
    public String toString() {
        return message();
    }
}

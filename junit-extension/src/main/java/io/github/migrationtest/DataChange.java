package io.github.migrationtest;

/**
 * One thing the data checks found when comparing two states of a step's data, e.g. a column the migration
 * dropped while it held values, or a table the down script did not refill.
 *
 * @param comparison which two states were compared
 * @param kind       what was found
 * @param table      qualified table name, e.g. {@code public.customers}
 * @param column     the column, or {@code null} when the finding is about the table's rows
 * @param message    the sentence that names table, column, counts, example keys and how to fix it
 */
public record DataChange(Comparison comparison, Kind kind, String table, String column, String message) {

    /** The two states compared. */
    public enum Comparison {
        /** before the migration → after it */
        FORWARD,
        /** before the migration → after its down script */
        ROUND_TRIP,
        /** after the first forward run → after the second, which followed the down script */
        AGAIN
    }

    /**
     * What was found; every kind but {@link #COLUMN_RENAMED}, {@link #KEY_CHANGED}, {@link #ROWS_ADDED},
     * {@link #NOT_COMPARABLE} (a column whose new type cannot be compared with its old one) and {@link #ROWS_MOVED}
     * (rows of a partition detached from or attached to its partitioned table) changes or loses data.
     */
    public enum Kind {
        ROWS_CHANGED, COLUMN_CHANGED, COLUMN_DROPPED_WITH_DATA, TABLE_DROPPED_WITH_DATA, COLUMN_RENAMED, KEY_CHANGED,
        NOT_REPEATABLE, ROWS_ADDED, NOT_COMPARABLE, ROWS_MOVED
    }

    /**
     * True when data was lost or altered (not a rename, a key change, rows inserted while none went, values not
     * compared, or rows moved with a partition).
     */
    public boolean isLoss() {
        return kind != Kind.COLUMN_RENAMED && kind != Kind.KEY_CHANGED && kind != Kind.ROWS_ADDED
                && kind != Kind.NOT_COMPARABLE && kind != Kind.ROWS_MOVED;
    }

    /** {@code public.customers.email}, or {@code public.customers} when the finding is about rows or the table. */
    public String place() {
        return column == null ? table : table + "." + column;
    }

    /**
     * True when {@code place} names this finding's table or column: {@code customers}, {@code public.customers},
     * {@code customers.email} or {@code public.customers.email}.
     */
    public boolean isIn(String place) {
        String unqualified = table.substring(table.indexOf('.') + 1);
        if (place.equals(table) || place.equals(unqualified)) {
            return true;
        }
        return column != null && (place.equals(table + "." + column) || place.equals(unqualified + "." + column));
    }

    /** True for a column or table that the forward run dropped while it held data. */
    public boolean isDrop() {
        return kind == Kind.COLUMN_DROPPED_WITH_DATA || kind == Kind.TABLE_DROPPED_WITH_DATA;
    }

    /** True when this finding is about the column or table that {@code drop} is about (a dropped table covers its columns). */
    public boolean sameData(DataChange drop) {
        return table.equals(drop.table) && (drop.column == null || drop.column.equals(column));
    }

    @Override
    public String toString() {
        return message;
    }
}

package io.github.migrationtest.internal.data;

import io.github.migrationtest.DataChange;
import io.github.migrationtest.internal.data.DataFinding.Counts;
import io.github.migrationtest.internal.flyway.Migration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The data check's message factory: the one place where data findings, their values and its verdicts become text. */
final class FindingMessages {

    private static final int LONGEST_VALUE = 40;
    /** The detail of a rows finding on a table whose row key changed, so that its rows cannot be matched by key. */
    static final String KEY_CHANGED_DETAIL = "row key changed";
    /** The detail of a rows finding on a keyed table too big for its rows to be counted by key ({@code RowsKept}). */
    static final String NOT_COUNTED_DETAIL = "not counted";
    /** The detail of a rows finding on a keyed table whose earlier rows that went were counted by key, not named. */
    static final String COUNTED_BY_KEY_DETAIL = "counted by key";

    private FindingMessages() {
    }

    /** A data verdict: one line per change, each after the step's name ({@code V4 x: migration loses data: …}). */
    static String dataChanges(Migration m, List<DataChange> changes) {
        return changes.stream().map(c -> m.displayName() + ": " + c.message()).collect(Collectors.joining("\n"));
    }

    static String message(DataFinding finding) {
        String body = switch (finding.kind()) {
            case COLUMN_CHANGED -> columnChanged(finding);
            case NOT_REPEATABLE -> finding.column() == null ? rowsChanged(finding) : columnChanged(finding);
            case ROWS_CHANGED -> rowsChanged(finding);
            case COLUMN_DROPPED_WITH_DATA -> "column " + finding.table() + "." + finding.column() + " is gone with "
                    + nonNullValues(finding.counts()) + " in " + rows(finding.counts().rowsBefore());
            case TABLE_DROPPED_WITH_DATA -> "table " + finding.table() + " is gone with "
                    + rows(finding.counts().rowsBefore());
            case COLUMN_RENAMED -> finding.table() + "." + finding.column() + " is renamed to " + finding.detail()
                    + "; all " + number(finding.counts().rowsAfter()) + " values kept";
            case KEY_CHANGED -> "values of " + finding.table() + ": " + finding.detail();
            case ROWS_ADDED -> finding.table() + " gains " + rows(finding.counts().rowsAfter() - finding.counts().rowsBefore())
                    + " (" + number(finding.counts().rowsBefore()) + " → " + number(finding.counts().rowsAfter())
                    + "), none lost" + examples(finding);
            case ROWS_MOVED -> finding.counts().rowsAfter() < finding.counts().rowsBefore()
                    ? finding.detail() + " is detached from " + finding.table() + " with its " + moved(finding)
                    : finding.detail() + " becomes a partition of " + finding.table() + " with its " + moved(finding);
            case NOT_COMPARABLE -> finding.table() + "." + finding.column() + " changed type " + finding.detail()
                    + ". The round trip compares its values once the down script has brought the old type back; to"
                    + " check the new values, assert them in the test:"
                    + " assertThat(step).table(\"" + unqualified(finding.table()) + "\").column(\"" + finding.column()
                    + "\").isDerivedFrom(\"…\")";
        };
        return prefix(finding) + ": " + body + hint(finding);
    }

    /** A value as an SQL literal: NULL, numbers bare, everything else quoted. */
    static String literal(String text, boolean numeric) {
        if (text == null) {
            return "NULL";
        }
        return numeric ? text : "'" + text.replace("'", "''") + "'";
    }

    /** A row key as {@code id=17} or {@code (order_id, line)=(17, 2)}, from its columns and their literals. */
    static String key(List<String> columns, List<String> literals) {
        if (columns.size() == 1) {
            return columns.get(0) + "=" + literals.get(0);
        }
        return "(" + String.join(", ", columns) + ")=(" + String.join(", ", literals) + ")";
    }

    /** Whether values of this type (as {@code format_type} writes it) are written without quotes. */
    static boolean isNumeric(String type) {
        return type.equals("smallint") || type.equals("integer") || type.equals("bigint") || type.equals("real")
                || type.equals("double precision") || type.startsWith("numeric");
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** The detail of a column not compared: {@code from bytea to uuid (cannot cast type uuid to bytea)}. */
    static String typeChange(String before, String after, String why) {
        return "from " + before + " to " + after + " (" + why + ")";
    }

    private static String moved(DataFinding finding) {
        Counts counts = finding.counts();
        return rows(counts.differingRows()) + " (" + number(counts.rowsBefore()) + " → " + number(counts.rowsAfter())
                + " in " + finding.table() + "), none lost";
    }

    private static String unqualified(String table) {
        return table.substring(table.indexOf('.') + 1);
    }

    private static String prefix(DataFinding finding) {
        if (finding.kind() == DataFinding.Kind.NOT_COMPARABLE || finding.kind() == DataFinding.Kind.KEY_CHANGED) {
            return "data not compared";
        }
        return switch (finding.phase()) {
            case ROUND_TRIP -> finding.kind().isInformation() ? "down script keeps data" : "down script does not restore data";
            case AGAIN -> finding.kind().isInformation() ? "forward again keeps data" : "forward migration is not repeatable";
            case FORWARD -> finding.kind().isInformation() ? "migration keeps data"
                    : finding.kind() == DataFinding.Kind.COLUMN_CHANGED || mayHaveOnlyGained(finding) ? "migration changes data"
                    : "migration loses data";
        };
    }

    private static String columnChanged(DataFinding finding) {
        Counts counts = finding.counts();
        boolean unknown = counts.nullsBefore() == Counts.UNKNOWN || counts.nullsAfter() == Counts.UNKNOWN;
        String nulls = unknown || counts.nullsBefore() == counts.nullsAfter() ? ""
                : " (NULLs: " + number(counts.nullsBefore()) + " → " + number(counts.nullsAfter()) + ")";
        String note = finding.detail() == null ? "" : " [" + finding.detail() + "]";
        return finding.table() + "." + finding.column() + " differs in " + differing(counts) + nulls + examples(finding)
                + note;
    }

    private static String nonNullValues(Counts counts) {
        return counts.nullsBefore() == Counts.UNKNOWN ? "non-NULL values"
                : number(counts.rowsBefore() - counts.nullsBefore()) + " non-NULL values";
    }

    private static String rowsChanged(DataFinding finding) {
        Counts counts = finding.counts();
        long change = counts.rowsAfter() - counts.rowsBefore();
        if (change == 0) {
            return finding.table() + " has as many rows as before (" + number(counts.rowsBefore())
                    + ") but not the same ones" + examples(finding);
        }
        String net = number(Math.abs(change)) + (change < 0 ? " fewer" : " more");
        String unmatched = KEY_CHANGED_DETAIL.equals(finding.detail()) ? "; its row key changed, so whether any row went"
                + " cannot be told"
                : NOT_COUNTED_DETAIL.equals(finding.detail()) ? "; whether any row went was not counted (more than "
                        + number(RowsKept.MOST_ROWS) + " rows on a side)"
                : "; the table has no key, so whether any row went cannot be told (give it a primary key)";
        String keyless = mayHaveOnlyGained(finding) ? unmatched : keylessRowsGone(finding);
        return finding.table() + " has " + rows(counts.rowsAfter()) + " instead of " + number(counts.rowsBefore())
                + " (" + net + ")" + examples(finding) + keyless;
    }

    /** Counted rows of before that are gone, without examples naming them ({@code RowsKept}). */
    private static String keylessRowsGone(DataFinding finding) {
        Counts counts = finding.counts();
        boolean byKey = COUNTED_BY_KEY_DETAIL.equals(finding.detail());
        boolean counted = counts.precision() == DataFinding.Precision.EXACT && (finding.examples().isEmpty() || byKey)
                && counts.differingRows() > 0;
        String why = byKey ? "counted by key" : KEY_CHANGED_DETAIL.equals(finding.detail())
                ? "its row key changed, so they cannot be named"
                : "the table has no key to name " + (counts.differingRows() == 1 ? "it" : "them") + " by";
        return counted ? "; " + rows(counts.differingRows()) + " of before " + (counts.differingRows() == 1 ? "is" : "are")
                + " gone (" + why + ")" : "";
    }

    /** More rows in a table whose rows cannot be told apart: some may have gone, or none. */
    private static boolean mayHaveOnlyGained(DataFinding finding) {
        boolean uncounted = finding.counts().precision() == DataFinding.Precision.UNKNOWN
                || NOT_COUNTED_DETAIL.equals(finding.detail()) && finding.examples().stream().noneMatch(ExampleRow::isDeleted);
        return finding.kind() == DataFinding.Kind.ROWS_CHANGED && uncounted
                && finding.counts().rowsAfter() > finding.counts().rowsBefore();
    }

    private static String differing(Counts counts) {
        String of = " of " + rows(counts.rowsBefore());
        return switch (counts.precision()) {
            case EXACT -> number(counts.differingRows()) + of;
            case ABOUT -> "about " + number(counts.differingRows()) + of;
            case AT_MOST -> "at most " + number(counts.differingRows()) + of;
            case UNKNOWN -> "some" + of + " (the table has no key, so rows cannot be told apart)";
        };
    }

    private static String examples(DataFinding finding) {
        List<ExampleRow> examples = finding.examples();
        if (examples.isEmpty()) {
            return "";
        }
        return "; e.g. " + examples.stream().map(FindingMessages::example).collect(Collectors.joining(", "));
    }

    private static String example(ExampleRow row) {
        if (row.isDeleted()) {
            return row.key() + " deleted";
        }
        if (row.isAdded()) {
            return row.key() + " added";
        }
        return row.key() + ": " + shorten(row.before()) + " → " + shorten(row.after());
    }

    private static String shorten(String literal) {
        if (literal.length() <= LONGEST_VALUE) {
            return literal;
        }
        boolean quoted = literal.startsWith("'");
        return literal.substring(0, LONGEST_VALUE - (quoted ? 2 : 1)) + (quoted ? "…'" : "…");
    }

    private static String rows(long count) {
        return number(count) + (count == 1 ? " row" : " rows");
    }

    private static String hint(DataFinding finding) {
        if (finding.kind().isInformation()) {
            return "";
        }
        return switch (finding.phase()) {
            case ROUND_TRIP -> ". Make the down script put these values back (a column dropped by the migration comes"
                    + " back empty; keep a copy of its data in the migration if it must be reversible).";
            case AGAIN -> ". Make the backfill idempotent: compute the new value from its source columns, not from"
                    + " its own current value.";
            case FORWARD -> ". If this is intended, declare it in the script (-- migrationtest: loses-data …) or the test (losesDataOnlyIn); otherwise fix the migration's"
                    + " UPDATE, DELETE, DROP or USING clause.";
        };
    }
}

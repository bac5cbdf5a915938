package io.github.migrationtest.assertj;

import io.github.migrationtest.BlockedTable;
import io.github.migrationtest.LockRuleBreach;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One-line descriptions of lock figures for assertion messages. */
final class LockLines {

    private LockLines() {
    }

    /** {@code public.orders (400,000 rows) during forward: reads 312 ms, writes 315 ms}. */
    static String blocked(BlockedTable t) {
        return t.table() + " (" + rows(t.productionRows()) + ") during " + t.phase() + ": reads "
                + t.longestBlockedRead().toMillis() + " ms, writes " + t.longestBlockedWrite().toMillis() + " ms";
    }

    /** {@code ERROR line 2: …message…}, continuation lines indented. */
    static String breach(LockRuleBreach b) {
        return b.severity() + " line " + b.line() + ": " + b.message().replace("\n", "\n  ");
    }

    static String rewrites(Map<String, String> rewrites) {
        return rewrites.entrySet().stream().map(e -> "  " + e.getKey() + " at " + e.getValue()).collect(Collectors.joining("\n"));
    }

    private static String rows(long rows) {
        return rows < 0 ? "size unknown" : String.format(Locale.ROOT, "%,d rows", rows);
    }
}

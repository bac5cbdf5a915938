package io.github.migrationtest.internal.locks;

import io.github.migrationtest.BlockedTable;
import io.github.migrationtest.Check;
import io.github.migrationtest.LockRuleBreach;
import io.github.migrationtest.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sentences of the lock checks; docs/errors.md lists each of them with its fix. */
public final class LockMessages {

    private LockMessages() {
    }

    /**
     * {@code V3 add note: forward blocked reads of public.orders (400,000 rows) for 312 ms and writes for 315 ms;
     * at most 100 ms are allowed.} followed by who held the lock and how to fix it.
     *
     * @param holder what held the lock, e.g. {@code ACCESS EXCLUSIVE lock during: ALTER TABLE …}; empty if not seen
     * @param recipe the safe recipe of a rule broken on the table, ending with its rule id; empty if none
     */
    static String blockedTooLong(String step, BlockedTable t, Duration allowed, String holder, String recipe) {
        return step + ": " + phase(t.phase()) + " blocked reads of " + t.table() + " (" + size(t.productionRows()) + ") for "
                + t.longestBlockedRead().toMillis() + " ms and writes for " + t.longestBlockedWrite().toMillis()
                + " ms; at most " + allowed.toMillis() + " ms are allowed."
                + (holder.isEmpty() ? "" : "\n  The migration held " + holder)
                + "\n  " + (recipe.isEmpty() ? "Keep strong locks short: move slow statements (backfills, scans) out of the"
                        + " transaction that holds the lock, or into a migration of their own." : recipe)
                + "\n  If that is acceptable, raise the limit for this step: assertThat(step).blocksNoTableLongerThan("
                + "Duration.ofMillis(" + roundUp(t.longestBlocked()) + ")), or migrationtest.locks.max-blocked for all.";
    }

    /**
     * {@code longest lock wait 0 ms (at most 100 ms); probe latency p99 131 ms, not lock waits}: what a passed BLOCKING
     * verdict measured, with the machine's latency apart.
     */
    static String blockingPassed(List<BlockedTable> tables, Duration allowed, Duration latencyP99) {
        long longest = tables.stream().map(BlockedTable::longestBlocked).max(Duration::compareTo).orElse(Duration.ZERO).toMillis();
        return "longest lock wait " + longest + " ms (at most " + allowed.toMillis() + " ms); probe latency p99 "
                + latencyP99.toMillis() + " ms, not lock waits";
    }

    private static String phase(String phase) {
        return phase.equals("back") ? "the down script" : phase;
    }

    /** PASSED with the warnings as message, or FAILED naming every ERROR-level breach and a failed queue check. */
    public static Verdict lockRulesVerdict(String step, List<LockRuleBreach> breaches, String queueFailure) {
        List<LockRuleBreach> errors = breaches.stream().filter(LockRuleBreach::isError).toList();
        int failures = errors.size() + (queueFailure.isEmpty() ? 0 : 1);
        if (failures == 0) {
            return new Verdict(Check.LOCK_RULES, Verdict.Outcome.PASSED, breaches.stream()
                    .map(b -> b.severity() + " at line " + b.line() + ": " + b.message()).collect(Collectors.joining("\n")));
        }
        if (failures == 1) {
            String only = errors.isEmpty() ? queueFailure : errors.get(0).message();
            return new Verdict(Check.LOCK_RULES, Verdict.Outcome.FAILED, step + ": " + only);
        }
        String lines = errors.stream().map(b -> "  line " + b.line() + ": " + b.message().replace("\n", "\n  "))
                .collect(Collectors.joining("\n"));
        return new Verdict(Check.LOCK_RULES, Verdict.Outcome.FAILED, step + " breaks " + errors.size() + " lock rules"
                + " on tables of production size:\n" + lines + (queueFailure.isEmpty() ? "" : "\n  " + queueFailure));
    }

    /** With a blocker configured: what the migration did behind a long reading transaction. */
    static String queueFailure(String table, String judged) {
        return "behind a transaction holding ACCESS SHARE on " + table + " (as a long report or pg_dump would, set by "
                + "migrationtest.locks.blocker): " + judged;
    }

    static String notRun(String why) {
        return "not checked: " + why;
    }

    static String size(long rows) {
        return rows < 0 ? "size unknown" : String.format(Locale.ROOT, "%,d rows", rows);
    }

    private static long roundUp(Duration d) {
        return (d.toMillis() / 100 + 1) * 100;
    }
}

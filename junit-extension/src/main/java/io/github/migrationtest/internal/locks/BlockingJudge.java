package io.github.migrationtest.internal.locks;

import io.github.migrationtest.BlockedTable;
import io.github.migrationtest.Check;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.engine.StepObserver.Phase;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The BLOCKING verdict: no existing table may have had its reads or writes wait on the migration's locks longer than
 * allowed (lock waits measured in the server, not round trips, so a busy machine does not change it). Tables with
 * fewer production rows than {@code judgedFromRows} are reported but not judged: on them the measured time says more
 * about the machine than about the migration.
 */
record BlockingJudge(String step, Duration allowed, long judgedFromRows, StepTrace trace, List<LockFinding> findings,
                     Map<Phase, LockTimeline> timelines) {

    /** @param latencyP99 the probes' round trips without lock waits, reported in the message and never judged */
    Verdict verdict(List<BlockedTable> tables, Duration latencyP99) {
        List<String> failures = tables.stream()
                .filter(t -> t.productionRows() < 0 || t.productionRows() >= judgedFromRows)
                .filter(t -> t.longestBlocked().compareTo(allowed) > 0)
                .map(t -> LockMessages.blockedTooLong(step, t, allowed, holder(t),
                        t.phase().equals("forward") ? recipe(t.table()) : "")).toList();
        return failures.isEmpty() ? new Verdict(Check.BLOCKING, Verdict.Outcome.PASSED, LockMessages.blockingPassed(tables,
                allowed, latencyP99))
                : new Verdict(Check.BLOCKING, Verdict.Outcome.FAILED, String.join("\n", failures));
    }

    /** The strongest write-blocking lock on the table and the statement that took it: traced for forward, else sampled. */
    private String holder(BlockedTable t) {
        Phase phase = Phase.valueOf(t.phase().toUpperCase(Locale.ROOT));
        Optional<String> traced = phase == Phase.FORWARD ? traced(t.table()) : Optional.empty();
        return traced.or(() -> sampled(t.table(), phase)).orElse("");
    }

    private Optional<String> sampled(String table, Phase phase) {
        return Optional.ofNullable(timelines.get(phase)).stream()
                .flatMap(timeline -> timeline.locks().stream())
                .filter(l -> l.granted() && l.mode().blocksWrites() && l.relation().equals(table))
                .max(Comparator.comparing(ObservedLock::mode))
                .map(l -> l.mode().sqlName() + " during: " + firstLine(l.statement()));
    }

    private Optional<String> traced(String table) {
        return trace.traced().stream()
                .flatMap(s -> s.lockOn(table).filter(l -> l.mode().blocksWrites()).map(l -> Map.entry(s, l)).stream())
                .max(Comparator.comparing(e -> e.getValue().mode()))
                .map(e -> e.getValue().mode().sqlName() + " at line " + lineOf(e.getKey()) + ": " + e.getKey().statement().headline());
    }

    /** The safe recipe of the most serious rule broken on the table, with its id. */
    private String recipe(String table) {
        return findings.stream().filter(f -> f.table().equals(table))
                .max(Comparator.comparing(LockFinding::severity))
                .map(f -> f.recipe() + " [rule: " + f.ruleId() + "]").orElse("");
    }

    private static int lineOf(TracedStatement s) {
        return s.statement().line();
    }

    private static String firstLine(String sql) {
        String code = sql == null ? "" : sql.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\\n]*", "");
        String first = code.strip().lines().findFirst().orElse("");
        return first.length() > 80 ? first.substring(0, 77) + "..." : first;
    }
}

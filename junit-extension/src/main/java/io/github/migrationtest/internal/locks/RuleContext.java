package io.github.migrationtest.internal.locks;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What rules look at (the trace, measured figures when present, the policy) and how they phrase findings. */
record RuleContext(List<TracedStatement> trace, LockPolicy policy, Optional<ProbeReport> probes,
                   Optional<LockTimeline> timeline) {

    /** The lock on the named table if it existed before; without a name, the strongest lock on an existing table. */
    Optional<TracedLock> existingTableLock(TracedStatement statement, Optional<String> name) {
        List<TracedLock> existing = statement.locks().stream()
                .filter(l -> l.table() && l.existedBefore())
                .toList();
        if (name.isPresent()) {
            return existing.stream().filter(l -> Tables.sameTable(l.relation(), name.get())).findFirst();
        }
        return existing.stream().max(Comparator.comparing(TracedLock::mode));
    }

    /** A finding phrased as what the lock blocked, for how long when that was measured. */
    LockFinding blocking(String ruleId, TracedStatement statement, TracedLock lock, String subject, String recipe) {
        Optional<Duration> measured = measuredBlocking(lock);
        String size = size(lock.rows());
        String text = measured
                .map(d -> subject + " blocked " + lock.mode().blockedTraffic() + " to " + lock.relation() + " (" + size
                        + ") for " + d.toMillis() + " ms (" + lock.mode().sqlName() + " lock).")
                .orElse(subject + " blocks " + lock.mode().blockedTraffic() + " to " + lock.relation() + " (" + size
                        + ") until its transaction commits (" + lock.mode().sqlName() + " lock).");
        return finding(ruleId, statement, lock, policy.severityFor(lock.rows()), text, recipe, measured.orElse(null));
    }

    LockFinding finding(String ruleId, TracedStatement statement, TracedLock lock, Severity severity, String text,
                        String recipe, Duration blocked) {
        return new LockFinding(ruleId, severity, statement.statement().headline(), statement.statement().line(),
                lock.relation(), lock.mode(), lock.rows(), blocked,
                text + "\n  " + recipe + " [rule: " + ruleId + "]", recipe);
    }

    /** Blocked time measured by the probes, else the sampler's longest hold of the lock; never estimated. */
    Optional<Duration> measuredBlocking(TracedLock lock) {
        Optional<Duration> probed = probes.flatMap(p -> p.table(lock.relation()))
                .filter(TableBlocking::existed)
                .map(t -> lock.mode().blocksReads() ? t.longestBlocked() : t.longestBlockedWrite());
        return probed.or(() -> timeline.flatMap(t -> t.held(lock.relation(), lock.mode()))
                .map(ObservedLock::longestRun)
                .filter(d -> !d.isZero()));
    }

    static String size(long rows) {
        return rows < 0 ? "size unknown" : rows == 1 ? "1 row" : String.format(Locale.ROOT, "%,d rows", rows);
    }
}

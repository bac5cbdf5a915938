package io.github.migrationtest.internal.locks;

import java.util.ArrayList;
import java.util.List;

/**
 * The default lock policy of a step: it fails when it blocked reads or writes of an existing table longer than
 * {@link LockPolicy#maxBlocked()} or broke an ERROR-level rule.
 *
 * @param failures one teaching message per reason, empty when the step passes
 */
public record LockVerdict(List<String> failures) {

    public LockVerdict {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /** @param probes the probes' figures for the tables that existed before the step, or null if not probed */
    public static LockVerdict judge(ProbeReport probes, List<LockFinding> findings, LockPolicy policy) {
        List<String> failures = new ArrayList<>();
        if (probes != null) {
            for (TableBlocking t : probes.tables()) {
                if (t.existed() && t.longestBlocked().compareTo(policy.maxBlocked()) > 0) {
                    failures.add(tooLong(t, policy));
                }
            }
        }
        findings.stream().filter(f -> f.severity() == Severity.ERROR).map(LockFinding::toString)
                .forEach(failures::add);
        return new LockVerdict(failures);
    }

    private static String tooLong(TableBlocking t, LockPolicy policy) {
        return "Expecting reads and writes of " + t.table() + " to be blocked at most "
                + policy.maxBlocked().toMillis() + " ms, but reads were blocked " + t.longestBlockedRead().toMillis()
                + " ms and writes " + t.longestBlockedWrite().toMillis() + " ms.\n  See the lock findings of this"
                + " step for the statement and its safe recipe, or raise the limit for this step.";
    }
}

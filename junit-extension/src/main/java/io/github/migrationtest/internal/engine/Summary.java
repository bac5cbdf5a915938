package io.github.migrationtest.internal.engine;

import io.github.migrationtest.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The per-migration summary lines printed to the console: version, forward/back/again times, verdict. */
public final class Summary {

    private Summary() {
    }

    /**
     * {@code V3 index email          forward    12 ms   back     4 ms   again    11 ms   blocked     3 ms   PASSED}: the step's
     * outcome as JUnit decided it ({@code FAILED: not rehearsed (V2 create invoices fails forward)}, {@code FAILED:
     * SCHEMA_RESTORED judged by the test, which failed: …}).
     */
    public static String line(StepResult r) {
        return times(r) + verdict(r) + acceptances(r);
    }

    /** {@code PASSED}, {@code PASSED (irreversible)}, {@code FAILED: SCHEMA_RESTORED}, {@code ABORTED: by the test: …}. */
    public static String verdict(StepResult r) {
        StepOutcome outcome = StepOutcome.of(r);
        return outcome.status() + (outcome.status() != StepOutcome.Status.PASSED ? ": " + outcome.reason()
                : outcome.reason().isEmpty() ? "" : " " + outcome.reason());
    }

    /** The line printed as soon as a step was rehearsed, before the test method's assertions may take checks over. */
    static String rehearsed(StepResult r) {
        return times(r) + checks(r.verdicts()) + acceptances(r);
    }

    /**
     * {@code all checks passed}, or {@code checks failed: SCHEMA_RESTORED (unless the test takes them over)}: what a step
     * or a release printed as soon as it was rehearsed says of its verdicts.
     */
    public static String checks(List<Verdict> verdicts) {
        List<Verdict> failed = verdicts.stream().filter(Verdict::failed).toList();
        return failed.isEmpty() ? "all checks passed" : "checks failed: " + names(failed) + " (unless the test takes them over)";
    }

    /** {@code ; accepted: loses-data public.category (feature removed)}, or nothing. */
    private static String acceptances(StepResult r) {
        List<String> accepted = r.accepted();
        return accepted.isEmpty() ? "" : "; accepted: " + String.join("; ", accepted);
    }

    /** The line printed at once for a step that was not rehearsed, or that the harness failed on. */
    static String notRehearsed(StepResult r) {
        return times(r) + (r.notRehearsed != null ? "not rehearsed (" + r.notRehearsed + ")" : "crashed (" + r.crashed + ")");
    }

    private static String names(List<Verdict> verdicts) {
        return String.join(", ", verdicts.stream().map(v -> v.check().name()).toList());
    }

    private static String times(StepResult r) {
        return String.format("%-36s forward %7s   back %7s   again %7s   blocked %7s   %s", cut(r.displayName()),
                ms(Optional.of(r.forwardTime())), ms(r.backTime()), ms(r.againTime()),
                ms(Optional.of(max(r.longestBlockedRead(), r.longestBlockedWrite()))), "");
    }

    /** The table printed when a class is done. */
    public static String table(String name, List<StepResult> results) {
        StringBuilder out = new StringBuilder("MigrationTest summary for " + name + " (" + results.size() + " steps)\n");
        results.forEach(r -> out.append("  ").append(line(r)).append('\n'));
        long failed = count(results, StepOutcome.Status.FAILED);
        long aborted = count(results, StepOutcome.Status.ABORTED);
        out.append("  harness overhead per step: median ").append(median(results.stream().map(StepResult::overhead).toList()))
                .append(" ms (copies, lock trace, schema snapshots, data fingerprints); migration forward: median ").append(median(results.stream().map(StepResult::forwardTime).toList()))
                .append(" ms\n");
        out.append("  lock sampler: median ").append(String.format(java.util.Locale.ROOT, "%.1f",
                        results.stream().mapToDouble(StepResult::samplerCpuPercent).sorted().skip(results.size() / 2).findFirst().orElse(0)))
                .append(" % of one core while sampling; blocked = longest lock wait of an ordinary read or write on the"
                        + " migration's locks (forward, back); probe latency p99 ").append(median(results.stream()
                        .map(StepResult::probeLatencyP99).toList())).append(" ms (median of the steps), not lock waits\n");
        out.append("  ").append(count(results, StepOutcome.Status.PASSED)).append(" passed, ").append(failed).append(" failed")
                .append(aborted == 0 ? "" : ", " + aborted + " aborted");
        return out.toString();
    }

    private static long count(List<StepResult> results, StepOutcome.Status status) {
        return results.stream().filter(r -> StepOutcome.of(r).status() == status).count();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static long median(List<Duration> durations) {
        List<Long> sorted = durations.stream().map(Duration::toMillis).sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static String ms(Optional<Duration> d) {
        return d.map(x -> x.toMillis() + " ms").orElse("-");
    }

    private static String cut(String s) {
        return s.length() > 36 ? s.substring(0, 35) + "…" : s;
    }
}

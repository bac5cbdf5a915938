package io.github.migrationtest.internal.engine;

import io.github.migrationtest.Check;
import java.util.Set;

/**
 * One check around every step, as its own package sees it: the observer that measures (and attaches its immutable
 * measurement record to the step with {@link StepResult#attach}), the verdicts it derives from that record and what
 * the test or the script took over ({@link StepResult#judgeAgainOnTakeOver}). Every module is registered in one list,
 * {@code internal.checks.Checks}; the lifecycle here knows none of them. Its part of the reports is a
 * {@code ReportSection} registered in {@code internal.report} (the reports read the checks' records, not the reverse).
 */
public interface CheckModule {

    /** What the check is called in messages about its own failures: {@code data check}, {@code lock check}. */
    String name();

    /**
     * The checks whose verdicts it gives. When {@code migrationtest.checks.off} skips all of them its observer does
     * not run; when empty (a measurement no verdict depends on) it always runs.
     */
    Set<Check> checks();

    /** A fresh observer for one step. */
    StepObserver observer(RehearsalSettings settings);

    /** The rules a {@code -- migrationtest: allow <rule> (reason)} declaration may name for this check. */
    default Set<String> rules() {
        return Set.of();
    }
}

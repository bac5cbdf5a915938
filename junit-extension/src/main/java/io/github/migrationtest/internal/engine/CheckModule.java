package io.github.migrationtest.internal.engine;

import io.github.migrationtest.Check;
import java.util.Map;
import java.util.Set;

/**
 * One check around every step, as its own package sees it: the observer that measures (and attaches its immutable
 * measurement record to the step with {@link StepResult#attach}), the verdicts it derives from that record and what
 * the test or the script took over ({@link StepResult#judgeAgainOnTakeOver}), and its section of the JSON report.
 * Every module is registered in one list, {@code internal.checks.Checks}; the lifecycle here knows none of them.
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

    /** Its section of a step in {@code report.json}, under its {@link #name()}; nothing when empty. */
    default Map<String, Object> report(StepResult step) {
        return Map.of();
    }
}

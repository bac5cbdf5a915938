package io.github.migrationtest.internal.report;

import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.engine.StepOutcome;
import io.github.migrationtest.internal.engine.StepResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The release manager's answer: GO when every rehearsed step passed as JUnit decided it, NO-GO when any failed or was
 * aborted, or when nothing was rehearsed at all.
 */
enum RunVerdict {
    GO, NO_GO;

    static RunVerdict of(List<StepResult> steps) {
        return !steps.isEmpty() && steps.stream().allMatch(s -> StepOutcome.of(s).status() == StepOutcome.Status.PASSED)
                ? GO : NO_GO;
    }

    /** Steps per outcome, every outcome named even at zero: {@code {"PASSED": 4, "FAILED": 1, "ABORTED": 0}}. */
    static Map<String, Object> counts(List<StepResult> steps) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (StepOutcome.Status status : StepOutcome.Status.values()) {
            counts.put(status.name(), steps.stream().filter(s -> StepOutcome.of(s).status() == status).count());
        }
        return counts;
    }

    /**
     * What decided a step that did not pass: the failed checks the test left to the harness, else {@code test} when the
     * test method's own assertion failed or aborted it; empty for a passed step.
     */
    static List<String> decidedBy(StepResult step, StepOutcome outcome) {
        if (outcome.status() == StepOutcome.Status.PASSED) {
            return List.of();
        }
        List<String> checks = step.unjudgedFailures().stream().map(Verdict::check).map(Enum::name).toList();
        return checks.isEmpty() ? List.of("test") : checks;
    }
}

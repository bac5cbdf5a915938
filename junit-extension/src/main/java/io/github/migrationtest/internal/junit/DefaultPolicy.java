package io.github.migrationtest.internal.junit;

import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.engine.StepResult;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/** The checks every step must pass unless the test's own assertions judged them. */
final class DefaultPolicy {

    private DefaultPolicy() {
    }

    static void check(StepResult step) {
        Optional<AssertionFailedError> failure = failures(step);
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    static Optional<AssertionFailedError> failures(StepResult step) {
        List<Verdict> failed = step.unjudgedFailures();
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        String message = failed.size() == 1 ? failed.get(0).message()
                : step.displayName() + " failed " + failed.size() + " checks:\n"
                        + failed.stream().map(Verdict::message).collect(Collectors.joining("\n"));
        String replay = step.seed().map(seed -> "\n  (seeded data, seed " + seed + ": replay with -Dmigrationtest.seed=" + seed + ")").orElse("");
        return Optional.of(new AssertionFailedError(message + replay));
    }
}

package io.github.migrationtest.internal.junit;

import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.release.ReleaseResult;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/** The checks every release must pass unless the test's own assertions judged them, as {@code DefaultPolicy} is for steps. */
final class ReleasePolicy {

    private ReleasePolicy() {
    }

    static void check(ReleaseResult release) {
        Optional<AssertionFailedError> failure = failures(release);
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    static Optional<AssertionFailedError> failures(ReleaseResult release) {
        List<Verdict> failed = release.unjudgedFailures();
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        String message = failed.size() == 1 ? failed.get(0).message()
                : release.displayName() + " failed " + failed.size() + " checks:\n"
                        + failed.stream().map(Verdict::message).collect(Collectors.joining("\n"));
        String replay = release.seed().map(seed -> "\n  (seeded data, seed " + seed + ": replay with -Dmigrationtest.seed=" + seed + ")").orElse("");
        return Optional.of(new AssertionFailedError(message + replay));
    }
}

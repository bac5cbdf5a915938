package io.github.migrationtest.internal.junit;

import io.github.migrationtest.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * The checks every step and every release must pass unless the test's own assertions judged them: the failure of an
 * invocation whose checks failed, with the message of each and the seed to replay it.
 */
final class DefaultPolicy {

    private DefaultPolicy() {
    }

    /**
     * @param name   the step's or the release's display name
     * @param failed its failed verdicts that no assertion judged
     * @param seed   the seed of the data it ran on, when seeded
     */
    static Optional<AssertionFailedError> failures(String name, List<Verdict> failed, Optional<Long> seed) {
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        String message = failed.size() == 1 ? failed.get(0).message()
                : name + " failed " + failed.size() + " checks:\n" + failed.stream().map(Verdict::message).collect(Collectors.joining("\n"));
        String replay = seed.map(s -> "\n  (seeded data, seed " + s + ": replay with -Dmigrationtest.seed=" + s + ")").orElse("");
        return Optional.of(new AssertionFailedError(message + replay));
    }
}

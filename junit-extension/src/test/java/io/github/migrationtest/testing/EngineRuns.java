package io.github.migrationtest.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs a test-case class through the real JUnit Jupiter engine and reads what happened to it. */
public final class EngineRuns {

    private EngineRuns() {
    }

    public static EngineExecutionResults run(Class<?> testCase) {
        return run(testCase, Map.of());
    }

    public static EngineExecutionResults run(Class<?> testCase, Map<String, String> configuration) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameters(configuration)
                .configurationParameter("migrationtest.database", configuration.getOrDefault("migrationtest.database", "embedded"))
                .selectors(selectClass(testCase))
                .execute();
    }

    /** The display names of the test invocations, in the order they ran. */
    public static List<String> testNames(EngineExecutionResults results) {
        return results.testEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();
    }

    /** The failure (or abort) message of the named test, or empty when it passed. */
    public static Optional<String> message(EngineExecutionResults results, String displayName) {
        return results.allEvents().finished().stream()
                .filter(e -> named(e, displayName))
                .map(Event::getPayload).flatMap(Optional::stream)
                .map(TestExecutionResult.class::cast)
                .flatMap(r -> r.getThrowable().stream())
                .map(Throwable::getMessage)
                .findFirst();
    }

    /** Tests match by display name, test classes by simple name ({@code Outer$Inner} is named {@code Inner}). */
    private static boolean named(Event event, String name) {
        String displayName = event.getTestDescriptor().getDisplayName();
        return displayName.equals(name) || displayName.endsWith("$" + name);
    }

    /** The outcome of the named test: SUCCESSFUL, FAILED or ABORTED. */
    public static String outcome(EngineExecutionResults results, String displayName) {
        return results.allEvents().finished().stream()
                .filter(e -> named(e, displayName))
                .map(e -> e.getRequiredPayload(TestExecutionResult.class).getStatus().name())
                .findFirst().orElse("NOT RUN");
    }
}

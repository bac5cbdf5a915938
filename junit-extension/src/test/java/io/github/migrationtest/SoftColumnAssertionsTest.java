package io.github.migrationtest;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.assertj.MigrationSoftAssertions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

/**
 * Column assertions reached from soft assertions are soft too: their failures join the others in {@code assertAll()},
 * in the order they were made, with the message and expected/actual of the hard version. Both test cases check V4 of
 * the data-lost history (300 customers, every 10th without a last name; V4 deletes every 50th).
 */
class SoftColumnAssertionsTest {

    private static final String V4 = "V4 delete test customers";
    private static final String LAST_NAME = "Expecting public.customers.last_name to equal ";
    private static final String NOT_LAST_ID = LAST_NAME + "'Last' || id in every row after V4 delete test customers but it differs"
            + " in 24 of 294 rows (column ≠ expression); e.g. " + examples(List.of(10, 20, 30, 40, 60, 70, 80, 90, 110, 120), "id=%d: NULL ≠ 'Last%1$d'");
    private static final String NOT_UPPER = LAST_NAME + "upper(last_name) in every row after V4 delete test customers but it differs"
            + " in 270 of 294 rows (column ≠ expression); e.g. " + examples(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 11), "id=%d: 'Last%1$d' ≠ 'LAST%1$d'");
    private static final String LOSES_ROWS = "Expecting V4 delete test customers to keep the data it does not drop or change"
            + " on purpose (DATA_PRESERVED) but it did not:\nmigration loses data: public.customers has 294 rows instead of 300 (6 fewer); e.g. id=50 deleted,"
            + " id=100 deleted, id=150 deleted, id=200 deleted, id=250 deleted, id=300 deleted. If this is intended, declare it in the"
            + " script (-- migrationtest: loses-data …) or the test (losesDataOnlyIn); otherwise fix the migration's UPDATE, DELETE, DROP or USING clause.";
    /** AssertJ ends each collected message with the test line that made the assertion. */
    private static final String AT_TEST_LINE = Pattern.quote("\nat SoftColumnAssertionsTest$SoftChecks.checksDeletedCustomers("
            + "SoftColumnAssertionsTest$SoftChecks.java:") + "\\d+\\)";

    private static final Map<Class<?>, EngineExecutionResults> RUNS = new ConcurrentHashMap<>();

    @Test
    void softColumnFailuresAreReportedOnceTogetherWithTheStepFailureInTheOrderTheyWereMade() {
        // GIVEN two failing isDerivedFrom in one chain, a passing one, then a failing preservesData, all soft
        // WHEN assertAll() runs
        Throwable failure = failureOf(SoftChecks.class);

        // THEN the step fails once, with the three failures in the order they were made
        assertThat(failure).isInstanceOf(MultipleFailuresError.class);
        assertThat(failure.getMessage().replaceAll(AT_TEST_LINE, "")).isEqualTo(String.join("\n", "",
                "Multiple Failures (3 failures)",
                "-- failure 1 --", NOT_LAST_ID,
                "-- failure 2 --", NOT_UPPER,
                "-- failure 3 --", LOSES_ROWS));
    }

    @Test
    void softFailuresPointAtTheTestLineNotAtTheAssertionClasses() {
        List<Throwable> failures = ((MultipleFailuresError) failureOf(SoftChecks.class)).getFailures();

        assertThat(failures).extracting(Throwable::getMessage).allSatisfy(m -> assertThat(m).containsPattern(AT_TEST_LINE + "$"));
        assertThat(failures).allSatisfy(e -> assertThat(e.getStackTrace()).extracting(StackTraceElement::getClassName)
                .noneMatch(frame -> frame.startsWith("io.github.migrationtest.assertj.")));
    }

    @Test
    void softColumnFailureKeepsTheMessageAndExpectedActualOfTheHardOne() {
        AssertionFailedError hard = (AssertionFailedError) failureOf(HardChecks.class);
        List<Throwable> soft = ((MultipleFailuresError) failureOf(SoftChecks.class)).getFailures();

        assertThat(soft.get(0)).isInstanceOfSatisfying(AssertionFailedError.class, e -> {
            assertThat(e.getMessage().replaceAll(AT_TEST_LINE, "")).isEqualTo(hard.getMessage());
            assertThat(e.getExpected().getStringRepresentation()).isEqualTo(hard.getExpected().getStringRepresentation());
            assertThat(e.getActual().getStringRepresentation()).isEqualTo(hard.getActual().getStringRepresentation());
        });
        assertThat(soft.get(1)).isInstanceOfSatisfying(AssertionFailedError.class, e -> {
            assertThat(e.getExpected().getStringRepresentation()).startsWith("id=1: 'LAST1'\nid=2: 'LAST2'\n");
            assertThat(e.getActual().getStringRepresentation()).startsWith("id=1: 'Last1'\nid=2: 'Last2'\n");
        });
    }

    @Test
    void hardColumnAssertionStillFailsAtTheFirstMismatch() {
        Throwable failure = failureOf(HardChecks.class);

        assertThat(failure).isInstanceOf(AssertionFailedError.class).hasMessage("\n" + NOT_LAST_ID);
        assertThat(((AssertionFailedError) failure).getExpected().getStringRepresentation()).isEqualTo(
                examples(List.of(10, 20, 30, 40, 60, 70, 80, 90, 110, 120), "id=%d: 'Last%1$d'").replace(", ", "\n"));
    }

    private static Throwable failureOf(Class<?> testCase) {
        EngineExecutionResults results = RUNS.computeIfAbsent(testCase, c -> run(c));
        List<Throwable> failures = results.testEvents().failed().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().equals(V4))
                .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow()).toList();
        assertThat(failures).as("failures of " + V4).hasSize(1);
        return failures.get(0);
    }

    private static String examples(List<Integer> ids, String format) {
        return ids.stream().map(id -> String.format(format, id)).collect(Collectors.joining(", "));
    }

    @MigrationTest(locations = HISTORIES + "data-lost/migration", undoLocations = HISTORIES + "data-lost/undo")
    static class SoftChecks {
        @EachMigration
        void checksDeletedCustomers(MigrationStep step) {
            if (step.version().equals("4")) {
                MigrationSoftAssertions softly = new MigrationSoftAssertions();
                softly.assertThat(step).table("customers").column("last_name").isDerivedFrom("'Last' || id").isDerivedFrom("upper(last_name)");
                softly.assertThat(step).table("customers").column("first_name").isDerivedFrom("'First' || id");
                softly.assertThat(step).preservesData();
                softly.assertAll();
            }
        }
    }

    @MigrationTest(locations = HISTORIES + "data-lost/migration", undoLocations = HISTORIES + "data-lost/undo")
    static class HardChecks {
        @EachMigration
        void checksDeletedCustomers(MigrationStep step) {
            if (step.version().equals("4")) {
                assertThat(step).table("customers").column("last_name").isDerivedFrom("'Last' || id").isDerivedFrom("upper(last_name)");
            }
        }
    }
}

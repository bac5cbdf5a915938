package io.github.migrationtest.assertj;

import io.github.migrationtest.DataChange;
import io.github.migrationtest.MigrationStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/** Judges the data losses of a forward run against the places a test declared: nothing outside them, something in each. */
final class DeclaredLoss {

    private DeclaredLoss() {
    }

    static Optional<AssertionFailedError> check(MigrationStep step, List<String> declared) {
        List<DataChange> losses = step.dataChanges().stream()
                .filter(c -> c.comparison() == DataChange.Comparison.FORWARD && c.isLoss()).toList();
        List<DataChange> undeclared = losses.stream().filter(loss -> declared.stream().noneMatch(place -> covers(place, loss))).toList();
        List<String> stale = declared.stream().filter(place -> losses.stream().noneMatch(loss -> covers(place, loss))).toList();
        if (undeclared.isEmpty() && stale.isEmpty()) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        if (!undeclared.isEmpty()) {
            problems.add("it also loses or changes data elsewhere:\n"
                    + undeclared.stream().map(c -> "  " + c.message()).collect(Collectors.joining("\n")));
        }
        if (!stale.isEmpty()) {
            problems.add("it keeps all data in " + String.join(", ", stale) + "; remove " + (stale.size() == 1 ? "that place" : "those places")
                    + " from losesDataOnlyIn(…)");
        }
        String message = "[" + step.displayName() + "] Expecting " + step.displayName() + " to lose data only in " + declared
                + " but " + String.join("\nand ", problems);
        String actualPlaces = losses.stream().map(DataChange::place).distinct().collect(Collectors.joining("\n"));
        return Optional.of(new AssertionFailedError(message, String.join("\n", declared), actualPlaces));
    }

    /** {@code customers}, {@code public.customers}, {@code customers.email} or {@code public.customers.email}. */
    static boolean covers(String place, DataChange loss) {
        String table = loss.table();
        String unqualified = table.substring(table.indexOf('.') + 1);
        if (place.equals(table) || place.equals(unqualified)) {
            return true;
        }
        return loss.column() != null && (place.equals(table + "." + loss.column()) || place.equals(unqualified + "." + loss.column()));
    }
}

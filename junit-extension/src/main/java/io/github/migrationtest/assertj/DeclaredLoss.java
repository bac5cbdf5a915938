package io.github.migrationtest.assertj;

import io.github.migrationtest.Check;
import io.github.migrationtest.DataChange;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Judges data losses against the places a test declared: nothing outside them, something in each. The same judgement
 * serves the forward run ({@code losesDataOnlyIn}) and the down script ({@code restoresDataExceptIn}).
 */
final class DeclaredLoss {

    /** Losses of the forward run. */
    static final DeclaredLoss FORWARD = new DeclaredLoss(Check.DATA_PRESERVED, DataChange.Comparison.FORWARD,
            "losesDataOnlyIn", "to lose data only in", "it also loses or changes data elsewhere", "it keeps all data in",
            "its data was not checked: the forward run failed or did not get that far");
    /** Data the down script does not give back. */
    static final DeclaredLoss ROUND_TRIP = new DeclaredLoss(Check.DATA_RESTORED, DataChange.Comparison.ROUND_TRIP,
            "restoresDataExceptIn", "to restore all data except in", "its down script also fails to restore data elsewhere",
            "its down script restores all data in",
            "its down script's data was not checked: there is no down script, or a phase before it failed");

    private final Check check;
    private final String notChecked;
    private final DataChange.Comparison comparison;
    private final String method;
    private final String expecting;
    private final String elsewhere;
    private final String keeps;

    private DeclaredLoss(Check check, DataChange.Comparison comparison, String method, String expecting, String elsewhere,
                         String keeps, String notChecked) {
        this.check = check;
        this.notChecked = notChecked;
        this.comparison = comparison;
        this.method = method;
        this.expecting = expecting;
        this.elsewhere = elsewhere;
        this.keeps = keeps;
    }

    /** The check this declaration takes over from the default policy. */
    Check check() {
        return check;
    }

    Optional<AssertionFailedError> check(MigrationStep step, List<String> declared, StepFailures failures) {
        Verdict verdict = step.verdict(check);
        if (verdict.outcome() == Verdict.Outcome.NOT_RUN) {
            return Optional.of(failures.failure(AssertionMessages.declaredLoss(step.displayName(), expecting, declared,
                    verdict.message().isEmpty() ? notChecked
                    : notChecked.substring(0, notChecked.indexOf(':')) + ": " + check + " is " + verdict.message())));
        }
        List<DataChange> losses = step.dataChanges().stream()
                .filter(c -> c.comparison() == comparison && c.isLoss()).toList();
        List<DataChange> undeclared = losses.stream().filter(loss -> declared.stream().noneMatch(place -> covers(place, loss))).toList();
        List<String> stale = declared.stream().filter(place -> losses.stream().noneMatch(loss -> covers(place, loss))).toList();
        if (undeclared.isEmpty() && stale.isEmpty()) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        if (!undeclared.isEmpty()) {
            problems.add(elsewhere + ":\n"
                    + undeclared.stream().map(c -> "  " + c.message()).collect(Collectors.joining("\n")));
        }
        if (!stale.isEmpty()) {
            problems.add(keeps + " " + String.join(", ", stale) + "; remove " + (stale.size() == 1 ? "that place" : "those places")
                    + " from " + method + "(…)");
        }
        String message = AssertionMessages.declaredLoss(step.displayName(), expecting, declared, String.join("\nand ", problems));
        String actualPlaces = losses.stream().map(DataChange::place).distinct().collect(Collectors.joining("\n"));
        return Optional.of(failures.failure(message, String.join("\n", declared), actualPlaces));
    }

    /** {@code customers}, {@code public.customers}, {@code customers.email} or {@code public.customers.email}. */
    static boolean covers(String place, DataChange loss) {
        return loss.isIn(place);
    }
}

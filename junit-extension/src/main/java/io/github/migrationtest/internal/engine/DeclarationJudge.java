package io.github.migrationtest.internal.engine;

import io.github.migrationtest.Check;
import io.github.migrationtest.DataChange;
import io.github.migrationtest.Verdict.Outcome;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.flyway.Declaration.Form;
import io.github.migrationtest.internal.flyway.Declaration;
import io.github.migrationtest.internal.flyway.Declarations;
import java.util.List;

/**
 * Judges the forward script's declarations after every check ran, each like its assertion: {@code loses-data} like
 * {@code losesDataOnlyIn} (and a declared dropped column or table is not counted against DATA_RESTORED),
 * {@code allow} like {@code allowsLockRule}, {@code max-blocked} like {@code blocksNoTableLongerThan} (the lock
 * observer already judged BLOCKING with it), {@code allow-plan-change} like {@code allowsPlanChange}. Malformed declarations fail DECLARATIONS.
 */
final class DeclarationJudge {

    private DeclarationJudge() {
    }

    static void apply(StepResult result, Declarations declared) {
        String step = result.displayName();
        losesData(result, declared.of(Form.LOSES_DATA));
        for (Declaration allow : declared.of(Form.ALLOW)) {
            result.allowLockRule(allow.values().get(0), allow.reason());
        }
        List<String> problems = new java.util.ArrayList<>(declared.problems());
        problems.addAll(allowPlanChanges(result, declared.of(Form.ALLOW_PLAN_CHANGE)));
        for (Declaration allow : declared.of(Form.ALLOW_OLD_APPLICATION_ERROR)) {
            result.allowOldApplicationError(allow.values().get(0), allow.reason());
        }
        if (result.verdict(Check.BLOCKING).outcome() == Outcome.PASSED) {
            declared.of(Form.MAX_BLOCKED).forEach(d -> result.accept(d.summary()));
        }
        result.add(problems.isEmpty()
                ? new Verdict(Check.DECLARATIONS, Outcome.PASSED, result.accepted().isEmpty() ? ""
                        : "accepted: " + String.join("; ", result.accepted()))
                : new Verdict(Check.DECLARATIONS, Outcome.FAILED, DeclarationMessages.malformed(step, problems)));
    }

    private static void losesData(StepResult result, List<Declaration> declarations) {
        if (declarations.isEmpty()) {
            return;
        }
        List<String> places = declarations.stream().flatMap(d -> d.values().stream()).toList();
        result.acceptLoss(places);
        if (result.verdict(Check.DATA_PRESERVED).outcome() == Outcome.NOT_RUN) {
            return;
        }
        List<DataChange> losses = result.dataChanges().stream()
                .filter(c -> c.comparison() == DataChange.Comparison.FORWARD && c.isLoss()).toList();
        List<DataChange> undeclared = losses.stream().filter(c -> places.stream().noneMatch(c::isIn)).toList();
        List<String> stale = places.stream().filter(p -> losses.stream().noneMatch(c -> c.isIn(p))).toList();
        if (undeclared.isEmpty() && stale.isEmpty()) {
            declarations.forEach(d -> result.accept(d.summary()));
            result.replace(new Verdict(Check.DATA_PRESERVED, Outcome.PASSED, "accepted: " + String.join("; ",
                    declarations.stream().map(Declaration::summary).toList())));
        } else {
            result.replace(new Verdict(Check.DATA_PRESERVED, Outcome.FAILED,
                    DeclarationMessages.lossNotAsDeclared(result.displayName(), declarations, undeclared, stale)));
        }
    }

    /** {@code allow-plan-change <query>} like {@code allowsPlanChange}; a name that is no critical query is a problem. */
    private static List<String> allowPlanChanges(StepResult result, List<Declaration> declarations) {
        List<String> problems = new java.util.ArrayList<>();
        for (Declaration d : declarations) {
            String query = d.values().get(0);
            if (result.plans().stream().anyMatch(p -> p.query().equals(query))) {
                result.takeOver(io.github.migrationtest.TakeOver.allowPlanChange(query, d.reason()));
            } else if (!result.plans().isEmpty()) {
                problems.add(d.where() + ": \"-- migrationtest: " + d.summary() + "\" is not a declaration: \"" + query
                        + "\" is not a critical query (the critical queries: " + String.join(", ",
                        result.plans().stream().map(p -> "\"" + p.query() + "\"").toList()) + ")");
            }
        }
        return problems;
    }
}

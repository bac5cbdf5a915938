package io.github.migrationtest.internal.data;

import io.github.migrationtest.Check;
import io.github.migrationtest.DataChange;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.flyway.Migration;
import java.util.List;

/**
 * DATA_RESTORED judged again without the data of columns and tables that the migration drops and that were declared
 * lost: no down script can give that data back.
 */
public final class RestoredVerdict {

    private RestoredVerdict() {
    }

    /** @param unrestorable the forward run's drop findings that a declaration named */
    public static Verdict without(Migration migration, List<DataChange> changes, List<DataChange> unrestorable) {
        List<DataChange> losses = changes.stream()
                .filter(c -> c.comparison() == DataChange.Comparison.ROUND_TRIP && c.isLoss()).toList();
        List<DataChange> left = losses.stream().filter(c -> unrestorable.stream().noneMatch(c::sameData)).toList();
        if (!left.isEmpty()) {
            return new Verdict(Check.DATA_RESTORED, Verdict.Outcome.FAILED, FindingMessages.dataChanges(migration, left));
        }
        List<String> given = losses.stream().map(DataChange::place).distinct().toList();
        return new Verdict(Check.DATA_RESTORED, Verdict.Outcome.PASSED, given.isEmpty() ? "" : "accepted: the down script"
                + " cannot give back " + String.join(", ", given) + ", which the migration drops (a declared loss)");
    }
}

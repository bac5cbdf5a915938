package io.github.migrationtest.internal.data;

import io.github.migrationtest.Check;
import io.github.migrationtest.DataChange.Comparison;
import io.github.migrationtest.DataChange;
import io.github.migrationtest.TakeOver;
import io.github.migrationtest.Verdict.Outcome;
import io.github.migrationtest.internal.engine.StepContext;
import io.github.migrationtest.internal.engine.StepObserver;
import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.internal.locks.StepTrace;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The data checks of one step. Fingerprints every table (one scan each, in the server) before forward (F0), after
 * forward (F1), after the down script (F0') and after forward again (F1'), each later one comparing columns whose type
 * changed as their type in F0. Judges F0→F1 (DATA_PRESERVED), F0→F0' (DATA_RESTORED) and F1→F1' (DATA_REPRODUCED).
 *
 * <p>Only F0 scans every table. A later fingerprint scans again only the tables that a script run since the earlier
 * one may have written, as their locks tell: the forward script's lock trace ({@link ForwardWrites}) and the down
 * script's own locks in the real run ({@link BackWrites}); the others keep the earlier fingerprint
 * ({@link UnwrittenTables}). When the locks cannot tell, every table is scanned.
 *
 * <p>Examples of differing rows come from the database before the step, rebuilt only when something differs. The
 * first forward state is gone when forward runs again, so DATA_REPRODUCED takes its examples from the lock trace's
 * copy where that holds the same data ({@link FirstForwardStandIn}), leaves out columns whose default depends on the
 * time of the run ({@code now()}, {@code random()}), and compares tables that gained rows and have a generated key by
 * content, since re-inserted rows get new keys.
 */
final class DataObserver implements StepObserver {

    private static final String APPLICATION = "migrationtest-data";

    private final DataFingerprinter fingerprinter = new DataFingerprinter();
    private final DataJudge judge = new DataJudge();
    private final Map<Comparison, List<DataFinding>> judged = new EnumMap<>(Comparison.class);
    private final List<String> rescans = new ArrayList<>();
    private final Set<Check> skipped;
    private DatabaseFingerprint beforeForward;
    private UserTables tablesBeforeForward;
    private Optional<Set<String>> forwardWrites = Optional.empty();
    private DatabaseFingerprint afterForward;
    private UserTables tablesAfterForward;
    private DatabaseFingerprint afterForwardByContent;
    /** The relations the down script wrote, told by its locks while it runs. */
    private final BackWrites backWrites = new BackWrites();

    /** @param skipped the checks that {@code migrationtest.checks.off} skips: fingerprints only they need are not taken */
    DataObserver(Set<Check> skipped) {
        this.skipped = skipped;
    }

    @Override
    public String queries() {
        return "a catalog query of the data checks";
    }

    @Override
    public Set<Check> checks(Phase phase) {
        if (phase == null) {
            return Set.of(Check.DATA_PRESERVED, Check.DATA_RESTORED, Check.DATA_REPRODUCED);
        }
        return switch (phase) {
            case FORWARD -> Set.of(Check.DATA_PRESERVED, Check.DATA_RESTORED, Check.DATA_REPRODUCED);
            case BACK -> Set.of(Check.DATA_RESTORED);
            case AGAIN -> Set.of(Check.DATA_REPRODUCED);
        };
    }

    @Override
    public Watch before(Phase phase, StepContext step) throws SQLException {
        if (phase == Phase.FORWARD) {
            forwardWrites = ForwardWrites.of(StepTrace.of(step));
            try (Connection c = step.database(APPLICATION).getConnection()) {
                beforeForward = fingerprinter.take(c, step.ignoredTables());
                tablesBeforeForward = UserTables.of(c);
            }
        }
        if (phase == Phase.BACK) {
            step.watchBack(backWrites);
        }
        return Watch.NONE;
    }

    @Override
    public void after(Phase phase, StepContext step) throws SQLException {
        if (!needed(phase)) {
            return;
        }
        try (Connection c = step.database(APPLICATION).getConnection()) {
            switch (phase) {
                case FORWARD -> {
                    tablesAfterForward = UserTables.of(c);
                    afterForward = rescanned(c, step, "forward", forwardWrites, tablesBeforeForward, beforeForward);
                    afterForwardByContent = fingerprinter.takeByContent(c, step.ignoredTables(), grown(beforeForward, afterForward));
                    if (!skipped.contains(Check.DATA_PRESERVED)) {
                        judged.put(Comparison.FORWARD, judge.forward(beforeForward, afterForward, c, beforeStep(step)));
                    }
                }
                case BACK -> {
                    DatabaseFingerprint now = rescanned(c, step, "the down script", bothScriptsWrites(step),
                            tablesBeforeForward, beforeForward);
                    judged.put(Comparison.ROUND_TRIP, judge.roundTrip(beforeForward, now, c, beforeStep(step)));
                }
                case AGAIN -> {
                    DatabaseFingerprint now = rescanned(c, step, "forward again", bothScriptsWrites(step),
                            tablesAfterForward, afterForward);
                    Set<String> timeDependent = TimeDependentDefaults.columns(c);
                    DatabaseFingerprint againByContent = fingerprinter.takeByContent(c, step.ignoredTables(),
                            afterForwardByContent.tables().keySet());
                    DatabaseFingerprint first = afterForward.with(afterForwardByContent).without(timeDependent);
                    DatabaseFingerprint second = now.with(againByContent).without(timeDependent);
                    judged.put(Comparison.AGAIN, new FirstForwardStandIn().withExamples(judge.again(first, second, c, null),
                            first, second, beforeForward, afterForwardByContent.tables().keySet(), timeDependent, c, step));
                }
            }
        }
    }

    /** F1 serves DATA_PRESERVED and, as the first forward, DATA_REPRODUCED; F0' DATA_RESTORED; F1' DATA_REPRODUCED. */
    private boolean needed(Phase phase) {
        return switch (phase) {
            case FORWARD -> !skipped.contains(Check.DATA_PRESERVED) || !skipped.contains(Check.DATA_REPRODUCED);
            case BACK -> !skipped.contains(Check.DATA_RESTORED);
            case AGAIN -> !skipped.contains(Check.DATA_REPRODUCED) && afterForward != null;
        };
    }

    /**
     * The fingerprint now, where tables that no script wrote since {@code earlier} was taken keep their earlier
     * fingerprint and the others are scanned again.
     */
    private DatabaseFingerprint rescanned(Connection c, StepContext step, String after, Optional<Set<String>> written,
                                          UserTables earlierTables, DatabaseFingerprint earlier) throws SQLException {
        UserTables tables = UserTables.of(c);
        Set<String> kept = UnwrittenTables.of(written, earlierTables, tables, earlier);
        Set<String> notScanned = new HashSet<>(step.ignoredTables());
        notScanned.addAll(kept);
        DatabaseFingerprint rescanned = fingerprinter.takeComparedWith(c, notScanned, beforeForward);
        if (!kept.isEmpty()) {
            rescans.add("after " + after + " " + rescanned.tables().size() + " of " + (rescanned.tables().size() + kept.size()));
        }
        return UnwrittenTables.merged(rescanned, kept, earlier, tables);
    }

    /** What forward and the down script may have written together; empty when either cannot tell. */
    private Optional<Set<String>> bothScriptsWrites(StepContext step) {
        Optional<Set<String>> back = backWrites.written();
        if (forwardWrites.isEmpty() || back.isEmpty()) {
            return Optional.empty();
        }
        Set<String> both = new HashSet<>(forwardWrites.get());
        both.addAll(back.get());
        return Optional.of(both);
    }

    @Override
    public void finish(StepContext step) {
        if (!rescans.isEmpty()) {
            step.log("    data: tables scanned again " + String.join(", ", rescans) + "; the scripts' locks show they wrote none of the others");
        }
        List<DataChange> changes = new ArrayList<>();
        judged.forEach((comparison, findings) -> findings.forEach(f -> changes.add(change(comparison, f))));
        StepResult result = step.result();
        result.attach(new DataFigures(changes));
        verdict(result, Check.DATA_PRESERVED, Comparison.FORWARD, step);
        verdict(result, Check.DATA_RESTORED, Comparison.ROUND_TRIP, step);
        verdict(result, Check.DATA_REPRODUCED, Comparison.AGAIN, step);
        result.judgeAgainOnTakeOver(Check.DATA_RESTORED, (current, takenOver) -> {
            List<DataChange> unrestorable = takenOver.stream().filter(TakeOver.LossAccepted.class::isInstance)
                    .flatMap(t -> result.dropsIn(((TakeOver.LossAccepted) t).places()).stream()).toList();
            return unrestorable.isEmpty() ? current : RestoredVerdict.without(step.migration(), result.dataChanges(), unrestorable);
        });
    }

    private void verdict(StepResult result, Check check, Comparison comparison, StepContext step) {
        if (!judged.containsKey(comparison)) {
            result.add(check, Outcome.NOT_RUN, "");
            return;
        }
        List<DataChange> losses = result.dataChanges().stream().filter(c -> c.comparison() == comparison && c.isLoss()).toList();
        result.add(check, losses.isEmpty() ? Outcome.PASSED : Outcome.FAILED, FindingMessages.dataChanges(step.migration(), losses));
    }

    /**
     * Tables that existed before and gained rows, or hold other rows (other keys, as many rows): rows a down script
     * deletes come back under new generated keys when forward runs again, so these tables are compared again by content.
     */
    private static Set<String> grown(DatabaseFingerprint before, DatabaseFingerprint after) {
        return after.tables().values().stream()
                .filter(t -> before.table(t.name()).filter(was -> t.rowCount() > was.rowCount()
                        || t.rowCount() == was.rowCount() && was.isKeyed() && was.keyHashing().equals(t.keyHashing())
                        && !was.sameKeysAs(t)).isPresent())
                .map(TableFingerprint::name).collect(Collectors.toSet());
    }

    private static DataChange change(Comparison comparison, DataFinding finding) {
        return new DataChange(comparison, DataChange.Kind.valueOf(finding.kind().name()), finding.table(), finding.column(),
                finding.message());
    }

    /** The database before the step, rebuilt when the judge first asks for example rows. */
    private static Supplier<DataSource> beforeStep(StepContext step) {
        return () -> {
            try {
                return step.beforeStep();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot rebuild the database before " + step.migration().displayName()
                        + " to show example rows: " + e.getMessage(), e);
            }
        };
    }
}

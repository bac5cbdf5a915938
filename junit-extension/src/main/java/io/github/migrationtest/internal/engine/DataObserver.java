package io.github.migrationtest.internal.engine;

import io.github.migrationtest.Check;
import io.github.migrationtest.DataChange;
import io.github.migrationtest.DataChange.Comparison;
import io.github.migrationtest.Verdict.Outcome;
import io.github.migrationtest.internal.data.DataFinding;
import io.github.migrationtest.internal.data.DataFingerprinter;
import io.github.migrationtest.internal.data.DataJudge;
import io.github.migrationtest.internal.data.DatabaseFingerprint;
import io.github.migrationtest.internal.data.TableFingerprint;
import io.github.migrationtest.internal.data.TimeDependentDefaults;
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
 * changed as their type in F0. F1 scans only the tables the forward script may have written, as its lock trace tells
 * ({@link UnwrittenTables}); the others keep their F0 fingerprint. F0' and F1' scan every table: the down script is
 * not traced, and forward again runs on what the down script left. Judges F0→F1 (DATA_PRESERVED), F0→F0' (DATA_RESTORED) and F1→F1' (DATA_REPRODUCED).
 *
 * <p>Examples of differing rows come from the database before the step, rebuilt only when something differs. The
 * first forward state is gone when forward runs again, so DATA_REPRODUCED reports counts without examples, leaves out
 * columns whose default depends on the time of the run ({@code now()}, {@code random()}), and compares tables that
 * gained rows and have a generated key by content, since re-inserted rows get new keys.
 */
final class DataObserver implements StepObserver {

    private static final String APPLICATION = "migrationtest-data";

    private final DataFingerprinter fingerprinter = new DataFingerprinter();
    private final DataJudge judge = new DataJudge();
    private final Map<Comparison, List<DataFinding>> judged = new EnumMap<>(Comparison.class);
    private DatabaseFingerprint beforeForward;
    private UserTables tablesBeforeForward;
    private Optional<Set<String>> forwardWrites = Optional.empty();
    private DatabaseFingerprint afterForward;
    private DatabaseFingerprint afterForwardByContent;

    @Override
    public Watch before(Phase phase, StepContext step) throws SQLException {
        step.result().postForwardDatabase = null;
        if (phase == Phase.FORWARD) {
            forwardWrites = ForwardWrites.of(step.trace());
            try (Connection c = step.database(APPLICATION).getConnection()) {
                beforeForward = fingerprinter.take(c, step.ignoredTables());
                tablesBeforeForward = UserTables.of(c);
            }
        }
        return Watch.NONE;
    }

    @Override
    public void after(Phase phase, StepContext step) throws SQLException {
        try (Connection c = step.database(APPLICATION).getConnection()) {
            DatabaseFingerprint now = phase == Phase.FORWARD ? afterForward(c, step)
                    : fingerprinter.takeComparedWith(c, step.ignoredTables(), beforeForward);
            switch (phase) {
                case FORWARD -> {
                    afterForward = now;
                    afterForwardByContent = fingerprinter.takeByContent(c, step.ignoredTables(), grown(beforeForward, now));
                    judged.put(Comparison.FORWARD, judge.forward(beforeForward, now, c, beforeStep(step)));
                }
                case BACK -> judged.put(Comparison.ROUND_TRIP, judge.roundTrip(beforeForward, now, c, beforeStep(step)));
                case AGAIN -> {
                    Set<String> timeDependent = TimeDependentDefaults.columns(c);
                    DatabaseFingerprint againByContent = fingerprinter.takeByContent(c, step.ignoredTables(),
                            afterForwardByContent.tables().keySet());
                    judged.put(Comparison.AGAIN, judge.again(afterForward.with(afterForwardByContent).without(timeDependent),
                            now.with(againByContent).without(timeDependent), c, null));
                }
            }
        }
        if (phase != Phase.BACK) {
            step.result().postForwardDatabase = step.database("migrationtest-assert");
        }
    }

    /** F1: tables the forward script cannot have written keep their F0 fingerprint; the others are scanned again. */
    private DatabaseFingerprint afterForward(Connection c, StepContext step) throws SQLException {
        UserTables tables = UserTables.of(c);
        Set<String> kept = UnwrittenTables.of(forwardWrites, tablesBeforeForward, tables, beforeForward);
        Set<String> skipped = new HashSet<>(step.ignoredTables());
        skipped.addAll(kept);
        DatabaseFingerprint rescanned = fingerprinter.takeComparedWith(c, skipped, beforeForward);
        if (!kept.isEmpty()) {
            step.log("    data after forward: rescanned " + rescanned.tables().size() + " of "
                    + (rescanned.tables().size() + kept.size()) + " tables; the lock trace saw no writes to the others");
        }
        return UnwrittenTables.merged(rescanned, kept, beforeForward, tables);
    }

    @Override
    public void finish(StepContext step) {
        List<DataChange> changes = new ArrayList<>();
        judged.forEach((comparison, findings) -> findings.forEach(f -> changes.add(change(comparison, f))));
        StepResult result = step.result();
        result.dataChanges = List.copyOf(changes);
        verdict(result, Check.DATA_PRESERVED, Comparison.FORWARD, step);
        verdict(result, Check.DATA_RESTORED, Comparison.ROUND_TRIP, step);
        verdict(result, Check.DATA_REPRODUCED, Comparison.AGAIN, step);
    }

    private void verdict(StepResult result, Check check, Comparison comparison, StepContext step) {
        if (!judged.containsKey(comparison)) {
            result.add(check, Outcome.NOT_RUN, "");
            return;
        }
        List<DataChange> losses = result.dataChanges.stream().filter(c -> c.comparison() == comparison && c.isLoss()).toList();
        result.add(check, losses.isEmpty() ? Outcome.PASSED : Outcome.FAILED, Messages.dataChanges(step.migration(), losses));
    }

    /**
     * Tables that existed before and gained rows: rows a down script deletes come back under new generated keys when
     * forward runs again, so these tables are compared again by content.
     */
    private static Set<String> grown(DatabaseFingerprint before, DatabaseFingerprint after) {
        return after.tables().values().stream()
                .filter(t -> before.table(t.name()).filter(was -> t.rowCount() > was.rowCount()).isPresent())
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

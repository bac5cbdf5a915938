package io.github.migrationtest.internal.engine;

import io.github.migrationtest.Check;
import io.github.migrationtest.Verdict;
import java.sql.SQLException;
import io.github.migrationtest.internal.database.HarnessQueryException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The last line of defence around one check's observer: whatever it throws unexpectedly (a query the server refuses,
 * a bug) ends as a FAILED verdict of the checks that depended on that phase and on every later one, with a message
 * naming the check, the phase and the failure, instead of a crash that loses the whole step. After a failure the
 * observer is not called again for later phases, only to finish, so that checks judged earlier keep their verdicts.
 * An observer on which no verdict depends (rows per statement) has its failure logged. A harness query that failed for
 * a reason outside the check (a lock another session holds, a timeout, a lost connection, a full disk) is not the
 * check's to judge: it goes on to fail the step with the setting or action that fixes it ({@link io.github.migrationtest.internal.database.HarnessFailures}).
 */
final class GuardedObserver implements StepObserver {

    private final StepObserver observer;
    private final String name;
    private final Set<Check> affected = EnumSet.noneOf(Check.class);
    private String failure;

    /** @param name what the observer checks, for the message: {@code data check}, {@code lock check} */
    GuardedObserver(StepObserver observer, String name) {
        this.observer = observer;
        this.name = name;
    }

    @Override
    public Watch before(Phase phase, StepContext step) throws SQLException {
        if (failure != null) {
            return Watch.NONE;
        }
        try {
            Watch watch = observer.before(phase, step);
            return () -> guarded(phase, "during", () -> watch.close());
        } catch (SQLException | RuntimeException e) {
            passOnInfrastructure(e);
            failed(phase, "before", e);
            return Watch.NONE;
        }
    }

    @Override
    public void after(Phase phase, StepContext step) throws SQLException {
        guarded(phase, "after", () -> observer.after(phase, step));
    }

    @Override
    public void finish(StepContext step) {
        try {
            observer.finish(step);
        } catch (SQLException | RuntimeException e) {
            if (failure == null) {
                failure = "while judging the step: " + describe(e);
            }
            affected.addAll(observer.checks(null));
        }
        if (failure != null && affected.isEmpty()) {
            step.log(step.migration().displayName() + ": the " + name + " failed inside the harness " + failure
                    + "; no verdict depends on it.");
        }
        if (failure != null) {
            for (Check check : affected) {
                step.result().replace(new Verdict(check, Verdict.Outcome.FAILED, message(step, check)));
            }
        }
    }

    @Override
    public Set<Check> checks(Phase phase) {
        return observer.checks(phase);
    }

    private void guarded(Phase phase, String when, Work work) throws SQLException {
        if (failure != null) {
            return;
        }
        try {
            work.run();
        } catch (SQLException | RuntimeException e) {
            passOnInfrastructure(e);
            failed(phase, when, e);
        }
    }

    /** Rethrows a harness query that failed for a reason of the server or the machine, not of the data it read. */
    private static void passOnInfrastructure(Exception e) throws SQLException {
        if (e instanceof HarnessQueryException q && q.getSQLState() != null
                && (q.getSQLState().startsWith("08") || q.getSQLState().startsWith("53") || q.getSQLState().startsWith("57")
                    || List.of("55P03", "55006", "25P03").contains(q.getSQLState()))) {
            throw q;
        }
    }

    /** The failing phase and every later one lose their judgement. */
    private void failed(Phase phase, String when, Exception e) {
        failure = when + " " + label(phase) + ": " + describe(e);
        for (Phase later : Phase.values()) {
            if (later.compareTo(phase) >= 0) {
                affected.addAll(observer.checks(later));
            }
        }
    }

    private String message(StepContext step, Check check) {
        return step.migration().displayName() + ": " + check + " not judged: the " + name + " failed inside the harness "
                + failure + ". Unless that failure comes from the migration's own objects (a function, a cast, a trigger),"
                + " please report it to MigrationTest with this message. The step's other checks ran.";
    }

    private static String label(Phase phase) {
        return switch (phase) {
            case FORWARD -> "the forward run";
            case BACK -> "the down script";
            case AGAIN -> "the second forward run";
        };
    }

    /** The failure on one line: the server's message as it is (with its context), anything else with its class. */
    private static String describe(Exception e) {
        Throwable shown = e instanceof HarnessQueryException q && q.getCause() != null
                ? new SQLException(q.what().replaceFirst("^the data fingerprint", "the fingerprint") + " failed: " + q.getCause().getMessage()) : e;
        String text = shown.getMessage() == null ? "" : shown.getMessage().replaceAll("\\s*\\R\\s*", " ");
        return e instanceof SQLException ? text : e.getClass().getName() + (text.isEmpty() ? "" : ": " + text);
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }
}

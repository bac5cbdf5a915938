package io.github.migrationtest.internal.release;

import io.github.migrationtest.Check;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.database.HarnessQueryException;
import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.engine.StepOutcome;
import io.github.migrationtest.internal.engine.Summary;
import io.github.migrationtest.internal.engine.WorkingDatabase;
import io.github.migrationtest.internal.workload.ApplicationRehearsal.ApplicationOutcome;
import io.github.migrationtest.internal.workload.ReleaseApplication;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The releases of one history (one test class): each rehearsed on a database of its own at the previous release's
 * version, reached as a step reaches it, and dropped afterwards. Knows nothing of JUnit.
 */
public final class ReleaseRehearsal {

    private final Rehearsal rehearsal;
    private final List<Release> releases;
    private final Optional<ReleaseApplication> application;
    /** Whether an {@code @OldApplication} is declared but OLD_APPLICATION is switched off. */
    private final boolean applicationSkipped;
    private final Consumer<String> log;
    private final List<ReleaseResult> results = new ArrayList<>();

    private ReleaseRehearsal(Rehearsal rehearsal, List<Release> releases, Consumer<String> log) {
        this.rehearsal = rehearsal;
        this.releases = releases;
        this.application = ReleaseApplication.of(rehearsal.settings());
        this.applicationSkipped = application.isEmpty() && ReleaseApplication.declared(rehearsal.settings());
        this.log = log;
    }

    /** The releases {@code listed} (their last versions) cut from the rehearsal's history; {@link ConfigurationProblem} when wrong. */
    public static ReleaseRehearsal of(Rehearsal rehearsal, List<String> listed, Consumer<String> log) {
        List<Release> releases = ReleasePlan.of(listed, rehearsal.migrations(), rehearsal.settings().seedAt(), rehearsal.settings().locations());
        return new ReleaseRehearsal(rehearsal, releases, log);
    }

    public List<Release> releases() {
        return releases;
    }

    /**
     * Rehearses one release. Its result is kept whatever happens; when the harness cannot rehearse it (the database
     * cannot reach the version before it, a harness query fails) this throws, naming the release and why.
     */
    public synchronized ReleaseResult rehearse(Release release) {
        ReleaseResult result = new ReleaseResult(release);
        results.add(result);
        long start = System.nanoTime();
        try (WorkingDatabase database = rehearsal.databaseBefore(release.first()); BeforeRelease before = new BeforeRelease(rehearsal, release)) {
            result.seed = database.seed().orElse(null);
            Optional<ApplicationOutcome> beside = oldApplication(database, release);
            new ReleaseRun(database, result, ReleaseSettings.of(rehearsal.settings()), before).run();
            beside.ifPresent(outcome -> result.judge(ReleaseApplication.judgement(release.displayName(), outcome, skipped(result))));
            if (applicationSkipped) {
                result.add(Check.OLD_APPLICATION, Verdict.Outcome.NOT_RUN, ReleaseSettings.SKIPPED);
            }
        } catch (ConfigurationProblem e) {
            result.notRehearsed = e.getMessage();
            throw e;
        } catch (SQLException | RuntimeException e) {
            String why = e instanceof SQLException sql && (sql.getSQLState() != null || sql instanceof HarnessQueryException)
                    ? WorkingDatabase.harnessFailure(sql, rehearsal.settings().timeouts()) : String.valueOf(e.getMessage());
            result.notRehearsed = why;
            log.accept(release.displayName() + ": not rehearsed (" + why.lines().findFirst().orElse("") + ")");
            throw new IllegalStateException(release.displayName() + " could not be rehearsed: " + why, e);
        } finally {
            result.wallTime = Duration.ofNanos(System.nanoTime() - start);
        }
        log.accept(line(result));
        return result;
    }

    /** The old application's run beside the release's scripts, on a copy made before the real run touches the database. */
    private Optional<ApplicationOutcome> oldApplication(WorkingDatabase database, Release release) throws SQLException {
        if (application.isEmpty()) {
            return Optional.empty();
        }
        try (WorkingDatabase copy = rehearsal.copyOf(database)) {
            return Optional.of(application.get().run(copy.dataSource(ReleaseApplication.APPLICATION_NAME), release.migrations(),
                    copy.flyway().placeholders(), line -> log.accept(release.displayName() + ": " + line)));
        }
    }

    /** Why OLD_APPLICATION is not judged: the real run's scripts failed (their own verdicts say how), or null. */
    private static String skipped(ReleaseResult result) {
        return result.verdict(Check.FORWARD).failed() ? "not checked: the forward run failed"
                : result.verdict(Check.BACK).failed() ? "not checked: the down scripts failed (see BACK)" : null;
    }

    private static String times(ReleaseResult r) {
        return String.format("%-28s forward %6d ms   back %8s   again %8s   ", r.displayName(), r.forwardTime().toMillis(),
                r.backTime().map(d -> d.toMillis() + " ms").orElse("-"), r.againTime().map(d -> d.toMillis() + " ms").orElse("-"));
    }

    /** Every release tried so far, in version order. */
    public synchronized List<ReleaseResult> results() {
        return results.stream().sorted(Comparator.comparingInt(r -> releases.indexOf(r.release()))).toList();
    }

    /** The latest result of a release tried so far. */
    public synchronized Optional<ReleaseResult> result(Release release) {
        return results.stream().filter(r -> r.release().equals(release)).reduce((first, latest) -> latest);
    }

    /** The line of the class summary: {@code release 6 (V5 to V6)   forward 12 ms   back 4 ms   again 11 ms   PASSED}, or {@code FAILED:} and the
     * checks no assertion took over, or {@code the test failed: …} and its first line. */
    public static String summary(ReleaseResult r) {
        StepOutcome outcome = r.outcome();
        return times(r) + outcome.status() + (r.notRehearsed().isPresent() ? ": not rehearsed"
                : outcome.status() == StepOutcome.Status.PASSED ? "" : ": " + outcome.reason());
    }

    /** {@code release 6 (V5 to V6)   forward 12 ms   back 4 ms   again 11 ms   all checks passed}. */
    static String line(ReleaseResult r) {
        return times(r) + Summary.checks(r.verdicts());
    }
}

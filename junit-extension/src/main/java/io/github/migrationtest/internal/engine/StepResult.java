package io.github.migrationtest.internal.engine;

import io.github.migrationtest.BlockedTable;
import io.github.migrationtest.Check;
import io.github.migrationtest.DataChange;
import io.github.migrationtest.LockRuleBreach;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.SchemaDifference;
import io.github.migrationtest.StatementRun;
import io.github.migrationtest.TakeOver;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.QueryPlan;
import io.github.migrationtest.internal.flyway.Migration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** What one rehearsed step measured and concluded; filled in by {@link StepRun}, read by tests and reports. */
public final class StepResult implements MigrationStep {

    private final Migration migration;
    private final Long seed;
    /** The message of a check that {@code migrationtest.checks.off} skips. */
    public static final String SKIPPED = Verdict.SKIPPED;
    private final Verdicts verdicts = Verdicts.inOrderGiven();
    Duration forwardTime = Duration.ZERO;
    Duration backTime;
    Duration againTime;
    Duration wallTime = Duration.ZERO;
    List<SchemaDifference> schemaChanges = List.of();
    List<SchemaDifference> schemaNotRestored = List.of();
    List<SchemaDifference> schemaNotReproduced = List.of();
    /** The script line each failed phase stopped at: {@code forward → 3}, {@code back → 1}. */
    final Map<String, Integer> failedLines = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> accepted = new ArrayList<>();
    private final Map<Class<?>, Record> measurements = new LinkedHashMap<>();
    DataSource postForwardDatabase;
    /** Why the step was not rehearsed (in short, for the summary), or null when it was. */
    String notRehearsed;
    /** What of the harness's own failed while rehearsing it (not a check, not the migration), in short; null when nothing. */
    String crashed;
    /** The first line of what the test method itself threw, or null when it threw nothing. */
    String testFailure;
    private StepOutcome outcome;

    StepResult(Migration migration, Long seed) {
        this.migration = migration;
        this.seed = seed;
    }

    /**
     * Attaches what one check measured on this step: an immutable record, at most one of each type, set once by the
     * check's observer. Read back with {@link #measurement}.
     */
    public synchronized <M extends Record> void attach(M measurement) {
        if (measurements.putIfAbsent(measurement.getClass(), measurement) != null) {
            throw new IllegalStateException(displayName() + " has a " + measurement.getClass().getSimpleName() + " already");
        }
    }

    /** What a check attached with {@link #attach}, if it did. */
    public synchronized <M extends Record> Optional<M> measurement(Class<M> type) {
        return Optional.ofNullable(type.cast(measurements.get(type)));
    }

    /** The attached record that shows {@code view} to the public step, if a check attached one. */
    private synchronized <F extends Figures> Optional<F> figures(Class<F> view) {
        return measurements.values().stream().filter(view::isInstance).map(view::cast).findFirst();
    }

    /**
     * How a check judges {@code check} again when something is taken over ({@link #takeOver}): from what it measured
     * and everything taken over so far. Registered by the check's observer once it measured; a verdict NOT_RUN stays.
     */
    public void judgeAgainOnTakeOver(Check check, Verdicts.Rejudge rejudge) {
        verdicts.judgeAgainOnTakeOver(check, rejudge);
    }

    public void add(Verdict verdict) {
        verdicts.add(verdict);
    }

    public void add(Check check, Verdict.Outcome outcome, String message) {
        verdicts.add(new Verdict(check, outcome, message));
    }

    /** Records that the test method itself threw; the step then fails whatever its checks say. */
    public void testFailed(Throwable failure) {
        testFailure = StepOutcome.firstLine(failure);
    }

    /** Decides the step's outcome from how JUnit ended its invocation: null when it passed. Only the first call counts. */
    public synchronized void decide(Throwable failure, boolean aborted) {
        if (outcome == null) {
            outcome = failure == null ? StepOutcome.passed(this) : aborted ? StepOutcome.aborted(failure) : StepOutcome.failed(this, failure);
        }
    }

    /** How the step ended for JUnit; empty while its invocation is still running. */
    public synchronized Optional<StepOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** Marks the skipped checks not run, in place of whatever was measured for them. */
    void skip(Set<Check> skipped) {
        verdicts.skip(skipped, SKIPPED);
    }

    /** Whether the check was skipped by {@code migrationtest.checks.off}, so that nothing was measured for it. */
    public boolean skipped(Check check) {
        return verdicts().stream().anyMatch(v -> v.check() == check && v.skipped());
    }

    /** Records that an assertion in the test judged this check itself, so the default policy leaves it alone. */
    public void judgedByAssertion(Check check) {
        takeOver(TakeOver.check(check));
    }

    @Override
    public void takeOver(TakeOver takeOver) {
        verdicts.takeOver(takeOver);
    }

    @Override
    public List<TakeOver> takenOver() {
        return verdicts.takenOver();
    }

    /** The failed verdicts that no assertion in the test took over. */
    public List<Verdict> unjudgedFailures() {
        return verdicts.unjudgedFailures();
    }

    /**
     * Accepts one lock rule for this step (the reason is for reviewers); the lock-rule verdict is judged again without it.
     * Measured blocking is still judged on its own.
     */
    public void allowLockRule(String rule, String reason) {
        takeOver(TakeOver.allowLockRule(rule, reason));
    }

    /**
     * Puts {@code verdict} in place of whatever the step said of its check so far (a declaration in the script judged it,
     * or the check failed inside the harness): where the check's first verdict stood, or last when it had none.
     */
    void replace(Verdict verdict) {
        verdicts.replace(verdict);
    }

    public List<QueryPlan> plans() {
        return figures(Figures.Plans.class).map(Figures.Plans::plans).orElse(List.of());
    }

    /** Records what a declaration in the script accepted, e.g. {@code loses-data public.category (feature removed)}. */
    synchronized void accept(String declaration) {
        accepted.add(declaration);
    }

    /**
     * What the script's declarations and the test's {@code allowsLockRule} accepted on this step, with their reasons:
     * {@code loses-data public.category (feature removed)}, {@code allow create-index-without-concurrently (…)}.
     */
    public synchronized List<String> accepted() {
        List<String> all = new ArrayList<>(accepted);
        Map<String, String> allowedLockRules = new LinkedHashMap<>();
        takenOver().forEach(t -> {
            if (t instanceof TakeOver.LockRuleAllowed allowed) {
                allowedLockRules.put(allowed.rule(), allowed.reason());
            }
        });
        allowedLockRules.forEach((rule, reason) -> {
            if (lockRuleBreaches().stream().anyMatch(b -> b.rule().equals(rule))) {
                all.add("allow " + rule + " (" + reason + ")");
            }
        });
        takenOver().forEach(t -> {
            if (t instanceof TakeOver.PlanChangeAllowed allowed && plans().stream().anyMatch(p -> p.query().equals(allowed.query())
                    && p.findings().stream().anyMatch(io.github.migrationtest.PlanFinding::isError))) {
                all.add("allow-plan-change " + allowed.query() + " (" + allowed.reason() + ")");
            }
        });
        return all;
    }

    /** The columns and tables that the forward run dropped with data and that one of {@code places} names. */
    public List<DataChange> dropsIn(List<String> places) {
        return dataChanges().stream().filter(c -> c.comparison() == DataChange.Comparison.FORWARD && c.isDrop())
                .filter(c -> places.stream().anyMatch(c::isIn)).toList();
    }

    /**
     * Accepts that the down script cannot give back the data of these places when the migration dropped them (a
     * declared loss): the DATA_RESTORED verdict is judged again without them.
     */
    public void acceptLoss(List<String> places) {
        takeOver(TakeOver.acceptLoss(places));
    }

    /**
     * Accepts one SQLSTATE of the old application's failures for this step (the reason is for reviewers); the
     * OLD_APPLICATION verdict is judged again without it.
     */
    public void allowOldApplicationError(String sqlState, String reason) {
        takeOver(TakeOver.allowOldApplicationError(sqlState, reason));
    }

    @Override
    public Optional<io.github.migrationtest.ApplicationReport> oldApplication() {
        return measurement(io.github.migrationtest.ApplicationReport.class);
    }

    /** The lock rule breaches that no {@link #allowLockRule} accepted. */
    public List<LockRuleBreach> unallowedBreaches() {
        return unallowedLockRuleBreaches();
    }

    @Override
    public Map<String, String> rewrites() {
        return figures(Figures.Locks.class).map(Figures.Locks::rewrites).orElse(Map.of());
    }

    /** The failed verdicts that an assertion in the test took over (and judged itself). */
    public List<Verdict> judgedFailures() {
        return verdicts.judgedFailures();
    }

    /** The data seed when the step ran on seeded data, for replaying a failure. */
    public Optional<Long> seed() {
        return Optional.ofNullable(seed);
    }

    @Override
    public String version() {
        return migration.versionText();
    }

    @Override
    public String description() {
        return migration.description();
    }

    @Override
    public String displayName() {
        return migration.displayName();
    }

    @Override
    public String script() {
        return migration.script().toString();
    }

    @Override
    public Optional<String> undoScript() {
        return migration.undo().map(Object::toString);
    }

    @Override
    public Duration forwardTime() {
        return forwardTime;
    }

    @Override
    public Optional<Duration> backTime() {
        return Optional.ofNullable(backTime);
    }

    @Override
    public Optional<Duration> againTime() {
        return Optional.ofNullable(againTime);
    }

    /** The longest time an ordinary read of an existing table waited, during forward or back. */
    public Duration longestBlockedRead() {
        return blockedTables().stream().map(BlockedTable::longestBlockedRead).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** The longest time an ordinary write to an existing table waited, during forward or back. */
    public Duration longestBlockedWrite() {
        return blockedTables().stream().map(BlockedTable::longestBlockedWrite).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** The line each failed phase ({@code forward}, {@code back}, {@code again}) stopped at. */
    public Map<String, Integer> failedLines() {
        return Map.copyOf(failedLines);
    }

    /** The forward script's text, or empty when it cannot be read any more. */
    public Optional<String> scriptText() {
        return read(migration.script());
    }

    /** The down script's text, when there is one and it can be read. */
    public Optional<String> undoText() {
        return migration.undo().flatMap(StepResult::read);
    }

    private static Optional<String> read(io.github.migrationtest.internal.flyway.ScriptResource script) {
        try {
            return Optional.of(script.read());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The 99th percentile of the blocking probes' round trips without their lock waits: what the machine's load added
     * to every query. Reported apart from {@link #blockedTables()} and never judged.
     */
    public Duration probeLatencyP99() {
        return figures(Figures.Locks.class).map(Figures.Locks::probeLatencyP99).orElse(Duration.ZERO);
    }

    /** Share of one client core the lock sampler used during this step, in percent. */
    public double samplerCpuPercent() {
        return figures(Figures.Locks.class).map(Figures.Locks::samplerCpuPercent).orElse(0.0);
    }

    /** The step's whole time, including the harness's snapshots and bookkeeping. */
    public Duration wallTime() {
        return wallTime;
    }

    /** What the harness added to the migration's own phases (snapshots, history bookkeeping). */
    public Duration overhead() {
        Duration phases = forwardTime.plus(backTime().orElse(Duration.ZERO)).plus(againTime().orElse(Duration.ZERO));
        return wallTime.minus(phases).isNegative() ? Duration.ZERO : wallTime.minus(phases);
    }

    @Override
    public List<SchemaDifference> schemaChanges() {
        return schemaChanges;
    }

    @Override
    public List<SchemaDifference> schemaNotRestored() {
        return schemaNotRestored;
    }

    @Override
    public List<SchemaDifference> schemaNotReproduced() {
        return schemaNotReproduced;
    }

    @Override
    public List<BlockedTable> blockedTables() {
        return figures(Figures.Locks.class).map(Figures.Locks::blocked).orElse(List.of());
    }

    @Override
    public List<LockRuleBreach> lockRuleBreaches() {
        return figures(Figures.Locks.class).map(Figures.Locks::breaches).orElse(List.of());
    }

    @Override
    public List<String> rewrittenTables() {
        return List.copyOf(rewrites().keySet());
    }

    @Override
    public List<DataChange> dataChanges() {
        return figures(Figures.Data.class).map(Figures.Data::changes).orElse(List.of());
    }

    @Override
    public List<StatementRun> statements() {
        return figures(Figures.Statements.class).map(Figures.Statements::runs).orElse(List.of());
    }

    /**
     * The working database while it holds the migration's result (after the second forward run, or after the
     * first when there was no down script), for assertions that query it; empty when the step did not end there.
     * Valid until the next step starts.
     */
    public Optional<DataSource> postForwardDatabase() {
        return Optional.ofNullable(postForwardDatabase);
    }

    @Override
    public Optional<DataSource> database() {
        return postForwardDatabase();
    }

    @Override
    public List<Verdict> verdicts() {
        return verdicts.all();
    }

    @Override
    public String toString() {
        return displayName() + " " + verdicts;
    }
}

package io.github.migrationtest.internal.engine;

import io.github.migrationtest.BlockedTable;
import io.github.migrationtest.Check;
import io.github.migrationtest.LockRuleBreach;
import io.github.migrationtest.DataChange;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.SchemaDifference;
import io.github.migrationtest.StatementRun;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.flyway.Migration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
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
    public static final String SKIPPED = "skipped (migrationtest.checks.off)";
    private final List<Verdict> verdicts = new ArrayList<>();
    private final Set<Check> judgedByAssertion = Collections.synchronizedSet(EnumSet.noneOf(Check.class));
    Duration forwardTime = Duration.ZERO;
    Duration backTime;
    Duration againTime;
    Duration wallTime = Duration.ZERO;
    List<SchemaDifference> schemaChanges = List.of();
    List<SchemaDifference> schemaNotRestored = List.of();
    List<SchemaDifference> schemaNotReproduced = List.of();
    List<BlockedTable> blockedTables = List.of();
    List<LockRuleBreach> lockRuleBreaches = List.of();
    Map<String, String> rewrites = Map.of();
    String queueFailure = "";
    SamplerLoad samplerLoad = SamplerLoad.NONE;
    Duration probeLatencyP99 = Duration.ZERO;
    private final Map<String, String> allowedLockRules = new LinkedHashMap<>();
    private final List<String> accepted = new ArrayList<>();
    private final List<DataChange> unrestorable = new ArrayList<>();
    List<DataChange> dataChanges = List.of();
    List<StatementRun> statements = List.of();
    DataSource postForwardDatabase;
    io.github.migrationtest.internal.workload.ApplicationJudgement application;
    private final Map<String, String> allowedApplicationErrors = new LinkedHashMap<>();
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

    synchronized void add(Verdict verdict) {
        verdicts.add(verdict);
    }

    synchronized void add(Check check, Verdict.Outcome outcome, String message) {
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
    synchronized void skip(Set<Check> skipped) {
        for (Check check : skipped) {
            verdicts.removeIf(v -> v.check() == check);
            verdicts.add(new Verdict(check, Verdict.Outcome.NOT_RUN, SKIPPED));
        }
    }

    /** Whether the check was skipped by {@code migrationtest.checks.off}, so that nothing was measured for it. */
    public boolean skipped(Check check) {
        return verdicts().stream().anyMatch(v -> v.check() == check && v.message().equals(SKIPPED));
    }

    /** Records that an assertion in the test judged this check itself, so the default policy leaves it alone. */
    public void judgedByAssertion(Check check) {
        judgedByAssertion.add(check);
    }

    /** The failed verdicts that no assertion in the test took over. */
    public List<Verdict> unjudgedFailures() {
        return verdicts().stream().filter(v -> v.failed() && !judgedByAssertion.contains(v.check())).toList();
    }

    /**
     * Accepts one lock rule for this step (the reason is for reviewers); the lock-rule verdict is judged again without it.
     * Measured blocking is still judged on its own.
     */
    public synchronized void allowLockRule(String rule, String reason) {
        allowedLockRules.put(rule, reason);
        verdicts.replaceAll(v -> v.check() == Check.LOCK_RULES && v.outcome() != Verdict.Outcome.NOT_RUN
                ? LockMessages.lockRulesVerdict(displayName(), unallowedBreaches(), queueFailure) : v);
    }

    /**
     * Puts {@code verdict} in place of whatever the step said of its check so far (a declaration in the script judged it,
     * or the check failed inside the harness): where the check's first verdict stood, or last when it had none.
     */
    synchronized void replace(Verdict verdict) {
        int at = -1;
        for (int i = 0; i < verdicts.size() && at < 0; i++) {
            at = verdicts.get(i).check() == verdict.check() ? i : -1;
        }
        verdicts.removeIf(v -> v.check() == verdict.check());
        verdicts.add(at < 0 ? verdicts.size() : at, verdict);
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
        allowedLockRules.forEach((rule, reason) -> {
            if (lockRuleBreaches.stream().anyMatch(b -> b.rule().equals(rule))) {
                all.add("allow " + rule + " (" + reason + ")");
            }
        });
        return all;
    }

    /** The columns and tables that the forward run dropped with data and that one of {@code places} names. */
    public List<DataChange> dropsIn(List<String> places) {
        return dataChanges.stream().filter(c -> c.comparison() == DataChange.Comparison.FORWARD && c.isDrop())
                .filter(c -> places.stream().anyMatch(c::isIn)).toList();
    }

    /**
     * Accepts that the down script cannot give back the data of these dropped columns and tables (a declared loss): the
     * DATA_RESTORED verdict is judged again without them.
     */
    public synchronized void acceptUnrestorable(List<DataChange> drops) {
        unrestorable.addAll(drops);
        if (!drops.isEmpty()) {
            Verdict restored = RestoredVerdict.without(migration, dataChanges, unrestorable);
            verdicts.replaceAll(v -> v.check() == Check.DATA_RESTORED && v.outcome() != Verdict.Outcome.NOT_RUN ? restored : v);
        }
    }

    /**
     * Accepts one SQLSTATE of the old application's failures for this step (the reason is for reviewers); the
     * OLD_APPLICATION verdict is judged again without it.
     */
    public synchronized void allowOldApplicationError(String sqlState, String reason) {
        allowedApplicationErrors.put(sqlState, reason);
        verdicts.replaceAll(v -> v.check() == Check.OLD_APPLICATION && application != null
                ? application.verdict(allowedApplicationErrors) : v);
    }

    synchronized Map<String, String> allowedApplicationErrors() {
        return Map.copyOf(allowedApplicationErrors);
    }

    @Override
    public Optional<io.github.migrationtest.ApplicationReport> oldApplication() {
        return Optional.ofNullable(application).map(a -> a.outcome().report());
    }

    /** The lock rule breaches that no {@link #allowLockRule} accepted. */
    public synchronized List<LockRuleBreach> unallowedBreaches() {
        return lockRuleBreaches.stream().filter(b -> !allowedLockRules.containsKey(b.rule())).toList();
    }

    /** Per rewritten table, where the forward script rewrote it: {@code line 2: ALTER TABLE …}. */
    public Map<String, String> rewrites() {
        return rewrites;
    }

    /** The failed verdicts that an assertion in the test took over (and judged itself). */
    public List<Verdict> judgedFailures() {
        return verdicts().stream().filter(v -> v.failed() && judgedByAssertion.contains(v.check())).toList();
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
        return blockedTables.stream().map(BlockedTable::longestBlockedRead).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** The longest time an ordinary write to an existing table waited, during forward or back. */
    public Duration longestBlockedWrite() {
        return blockedTables.stream().map(BlockedTable::longestBlockedWrite).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /**
     * The 99th percentile of the blocking probes' round trips without their lock waits: what the machine's load added
     * to every query. Reported apart from {@link #blockedTables()} and never judged.
     */
    public Duration probeLatencyP99() {
        return probeLatencyP99;
    }

    /** Share of one client core the lock sampler used during this step, in percent. */
    public double samplerCpuPercent() {
        return samplerLoad.cpuPercent();
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
        return blockedTables;
    }

    @Override
    public List<LockRuleBreach> lockRuleBreaches() {
        return lockRuleBreaches;
    }

    @Override
    public List<String> rewrittenTables() {
        return List.copyOf(rewrites.keySet());
    }

    @Override
    public List<DataChange> dataChanges() {
        return dataChanges;
    }

    @Override
    public List<StatementRun> statements() {
        return statements;
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
    public synchronized List<Verdict> verdicts() {
        return List.copyOf(verdicts);
    }

    @Override
    public String toString() {
        return displayName() + " " + verdicts;
    }
}

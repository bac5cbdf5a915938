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
    private final Map<String, String> allowedLockRules = new LinkedHashMap<>();
    List<DataChange> dataChanges = List.of();
    List<StatementRun> statements = List.of();
    DataSource postForwardDatabase;

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

    /** Puts the verdict in place of whatever the step said of its check so far. */
    synchronized void replace(Verdict verdict) {
        verdicts.removeIf(v -> v.check() == verdict.check());
        verdicts.add(verdict);
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

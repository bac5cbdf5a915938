package io.github.migrationtest;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * One migration rehearsed forward, back (its down script) and forward again, with everything measured on
 * the way. Injected into {@link EachMigration} methods; assert on it with
 * {@code io.github.migrationtest.assertj.MigrationAssertions.assertThat(step)}.
 */
public interface MigrationStep {

    /** The migration's version, e.g. {@code 3} or {@code 2.1}. */
    String version();

    /** The description from the script name, e.g. {@code index email}. */
    String description();

    /** {@code V3 index email}. */
    String displayName();

    /** Where the forward script is, e.g. {@code classpath:db/migration/V3__index_email.sql}. */
    String script();

    /** Where the down script is, if there is one. */
    Optional<String> undoScript();

    /** How long the first forward run took. */
    Duration forwardTime();

    /** How long the down script took, if it ran. */
    Optional<Duration> backTime();

    /** How long the second forward run took, if it ran. */
    Optional<Duration> againTime();

    /** What the migration changed in the schema (before → after the first forward run). */
    List<SchemaDifference> schemaChanges();

    /** What the down script did not restore (before the migration → after its down script); empty when restored. */
    List<SchemaDifference> schemaNotRestored();

    /** How the second forward run differs from the first; empty when it reproduced the schema. */
    List<SchemaDifference> schemaNotReproduced();

    /** Per phase ({@code forward}, {@code back}), how long reads and writes of each existing table it locked were blocked. */
    List<BlockedTable> blockedTables();

    /** The lock rules the forward script breaks, at every severity, in statement order. */
    List<LockRuleBreach> lockRuleBreaches();

    /** Existing tables whose storage the forward script rewrote (a full copy under ACCESS EXCLUSIVE), e.g. {@code public.orders}. */
    List<String> rewrittenTables();

    /** Per rewritten table, where the forward script rewrote it: {@code line 2: ALTER TABLE …}. */
    Map<String, String> rewrites();

    /**
     * What the data checks found: losses and changes by the forward run, values the down script did not restore,
     * differences of the second forward run, and renames recognised on the way. Empty when the data was kept.
     */
    List<DataChange> dataChanges();

    /**
     * The statements of the migration that change data, with the rows each touched and its time, measured on a
     * copy of the database before the step. Empty when the migration has no INSERT, UPDATE, DELETE or MERGE.
     */
    List<StatementRun> statements();

    /**
     * Each critical query's plans before the migration, after it and after its down script, with what the comparison
     * found; empty when no critical query is declared.
     */
    default List<QueryPlan> plans() {
        return List.of();
    }

    /**
     * What the application that ran beside the forward run saw (on a copy of the database): calls, failures and
     * latency before, during and after it. Empty when no {@code @OldApplication} is declared or it did not run.
     */
    default Optional<ApplicationReport> oldApplication() {
        return Optional.empty();
    }

    /** Every check's outcome, in the order of {@link Check}. */
    List<Verdict> verdicts();

    /** The verdict of one check. */
    default Verdict verdict(Check check) {
        return verdicts().stream().filter(v -> v.check() == check).findFirst()
                .orElse(new Verdict(check, Verdict.Outcome.NOT_RUN, "not checked"));
    }

    /**
     * The working database while it holds the migration's result (after the second forward run, or after the first
     * when there was no down script), for assertions that query it; empty when the step did not end there. Valid until
     * the next step starts.
     */
    Optional<DataSource> database();

    /**
     * Takes part of the default policy over on this step (see {@link TakeOver}): the only change to a step's verdicts
     * after its checks ran. The checks it concerns are judged again.
     */
    void takeOver(TakeOver takeOver);

    /** Everything taken over on this step so far, by the script's declarations and the test, in order. */
    List<TakeOver> takenOver();

    /** The lock rule breaches that no declaration and no {@link TakeOver#allowLockRule} accepted. */
    default List<LockRuleBreach> unallowedLockRuleBreaches() {
        Set<String> allowed = new LinkedHashSet<>();
        takenOver().forEach(t -> {
            if (t instanceof TakeOver.LockRuleAllowed a) {
                allowed.add(a.rule());
            }
        });
        return lockRuleBreaches().stream().filter(b -> !allowed.contains(b.rule())).toList();
    }

    /** True when no check failed. */
    default boolean passed() {
        return verdicts().stream().noneMatch(Verdict::failed);
    }
}

package io.github.migrationtest.internal.release;

import io.github.migrationtest.ApplicationReport;
import io.github.migrationtest.Check;
import io.github.migrationtest.DataChange;
import io.github.migrationtest.ReleaseMigration;
import io.github.migrationtest.ReleaseStep;
import io.github.migrationtest.SchemaDifference;
import io.github.migrationtest.TakeOver;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.engine.StepOutcome;
import io.github.migrationtest.internal.engine.Verdicts;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.ScriptResource;
import io.github.migrationtest.internal.workload.ApplicationJudgement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What one rehearsed release measured and concluded; filled in by {@link ReleaseRun}, read by tests and reports. */
public final class ReleaseResult implements ReleaseStep {

    private final Release release;
    Long seed;
    /** Why the release could not be rehearsed (the harness failed, or the database cannot reach it), or null. */
    String notRehearsed;
    private final Verdicts verdicts = Verdicts.inCheckOrder();
    private final List<MigrationRecord> migrations;
    List<SchemaDifference> schemaChanges = List.of();
    List<SchemaDifference> schemaNotRestored = List.of();
    List<SchemaDifference> schemaNotReproduced = List.of();
    List<DataChange> dataChanges = List.of();
    Duration wallTime = Duration.ZERO;
    private StepOutcome outcome;
    private ApplicationJudgement oldApplication;

    ReleaseResult(Release release) {
        this.release = release;
        this.migrations = release.migrations().stream().map(MigrationRecord::new).toList();
    }

    void add(Check check, Verdict.Outcome outcome, String message) {
        verdicts.add(new Verdict(check, outcome, message));
    }

    /** Gives the OLD_APPLICATION verdict, judged again whenever the test allows one more SQLSTATE. */
    synchronized void judge(ApplicationJudgement judgement) {
        oldApplication = judgement;
        verdicts.add(judgement.verdict(ApplicationJudgement.allowed(verdicts.takenOver())));
        verdicts.judgeAgainOnTakeOver(Check.OLD_APPLICATION, (current, takenOver) -> judgement.verdict(ApplicationJudgement.allowed(takenOver)));
    }

    @Override
    public synchronized Optional<ApplicationReport> oldApplication() {
        return Optional.ofNullable(oldApplication).map(j -> j.outcome().report());
    }

    /** The record of one of its migrations, to fill in. */
    MigrationRecord of(Migration migration) {
        return migrations.get(release.migrations().indexOf(migration));
    }

    @Override
    public String name() {
        return release.name();
    }

    @Override
    public String displayName() {
        return release.displayName();
    }

    public Release release() {
        return release;
    }

    /** The seed of the synthetic data the release ran on, when it ran on seeded data. */
    public Optional<Long> seed() {
        return Optional.ofNullable(seed);
    }

    @Override
    public List<ReleaseMigration> migrations() {
        return migrations.stream().map(MigrationRecord::toMigration).toList();
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
    public List<DataChange> dataChanges() {
        return dataChanges;
    }

    @Override
    public List<Verdict> verdicts() {
        return verdicts.all();
    }

    /** Why the release could not be rehearsed, when it could not. */
    public Optional<String> notRehearsed() {
        return Optional.ofNullable(notRehearsed);
    }

    /** How long rehearsing the release took in all, harness work included. */
    public Duration wallTime() {
        return wallTime;
    }

    /** Records that an assertion in the test judged a check itself, so the release policy leaves it alone. */
    @Override
    public void takeOver(TakeOver takeOver) {
        if (!(takeOver instanceof TakeOver.Judged || takeOver instanceof TakeOver.OldApplicationErrorAllowed)) {
            throw new IllegalArgumentException(displayName() + " takes over only checks (TakeOver.check), not " + takeOver
                    + ": lock rules and data losses are taken over on the migration's own step, in @EachMigration.");
        }
        verdicts.takeOver(takeOver);
    }

    /** The failed verdicts that no assertion in the test took over. */
    public List<Verdict> unjudgedFailures() {
        return verdicts.unjudgedFailures();
    }

    /** Decides the release's outcome from how JUnit ended its invocation (null: passed). Only the first call counts. */
    public synchronized void decide(Throwable failure, boolean aborted) {
        if (outcome == null) {
            outcome = StepOutcome.ofRelease(failure, aborted, unjudgedFailures());
        }
    }

    /** How JUnit ended the release; before that, what the checks alone say. */
    public synchronized StepOutcome outcome() {
        return outcome != null ? outcome : StepOutcome.undecided(unjudgedFailures());
    }

    /** One migration of the release as it ran: its times and its phases' verdicts. */
    static final class MigrationRecord {
        private final Migration migration;
        private final List<Verdict> verdicts = new ArrayList<>();
        Duration forwardTime = Duration.ZERO;
        Duration backTime;
        Duration againTime;

        MigrationRecord(Migration migration) {
            this.migration = migration;
        }

        synchronized void add(Check check, Verdict.Outcome outcome, String message) {
            verdicts.add(new Verdict(check, outcome, message));
        }

        synchronized ReleaseMigration toMigration() {
            return new ReleaseMigration(migration.versionText(), migration.displayName(), migration.script().toString(),
                    migration.undo().map(ScriptResource::toString), forwardTime, Optional.ofNullable(backTime),
                    Optional.ofNullable(againTime), verdicts.stream().sorted(Comparator.comparingInt(v -> v.check().ordinal())).toList());
        }
    }
}

package io.github.migrationtest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One release (the migrations after the previous release, up to and including the version listed in
 * {@link MigrationTest#releases()}) rehearsed as one deploy: forward, back through its down scripts in reverse order,
 * forward again. Injected into {@link EachRelease} methods; assert on it with
 * {@code io.github.migrationtest.assertj.MigrationAssertions.assertThat(release)}.
 */
public interface ReleaseStep {

    /** The release's last version, as listed in {@code releases}, e.g. {@code 6}. */
    String name();

    /** {@code release 6 (V5 to V6)}. */
    String displayName();

    /** The versions of its migrations, in version order, e.g. {@code [5, 6]}. */
    default List<String> versions() {
        return migrations().stream().map(ReleaseMigration::version).toList();
    }

    /** Its migrations in version order, each with its times and its own verdicts. */
    List<ReleaseMigration> migrations();

    /** How long the release took forward, the sum of its migrations' first forward runs. */
    default Duration forwardTime() {
        return migrations().stream().map(ReleaseMigration::forwardTime).reduce(Duration.ZERO, Duration::plus);
    }

    /** How long its down scripts took, when all of them ran. */
    default Optional<Duration> backTime() {
        return sum(migrations().stream().map(ReleaseMigration::backTime).toList());
    }

    /** How long forward again took, when every migration ran again. */
    default Optional<Duration> againTime() {
        return sum(migrations().stream().map(ReleaseMigration::againTime).toList());
    }

    /** What the release changed in the schema (before → after the forward run). */
    List<SchemaDifference> schemaChanges();

    /** What its down scripts did not restore (before the release → after its last down script); empty when restored. */
    List<SchemaDifference> schemaNotRestored();

    /** How forward again differs from the first forward run; empty when it reproduced the schema. */
    List<SchemaDifference> schemaNotReproduced();

    /** What the data checks found: values and rows the down scripts did not restore, and what forward again did otherwise. */
    List<DataChange> dataChanges();

    /**
     * What the {@link OldApplication} (the code live before the release) saw while, on a copy of the database, the
     * release's forward scripts ran and then its down scripts in reverse order: phases {@code before}, {@code forward},
     * {@code back} (when every migration has a down script) and {@code after}. Empty without {@code @OldApplication}.
     */
    default Optional<ApplicationReport> oldApplication() {
        return Optional.empty();
    }

    /** Every check's outcome for the release as a whole, in the order of {@link Check}. */
    List<Verdict> verdicts();

    /**
     * Takes a check over from the release policy ({@link TakeOver#check}): the test's own assertion judges it; or
     * accepts an old-application error ({@link TakeOver#allowOldApplicationError}). Lock rules and data losses are taken
     * over on the migration's step, not on a release.
     */
    void takeOver(TakeOver takeOver);

    /** The verdict of one check. */
    default Verdict verdict(Check check) {
        return verdicts().stream().filter(v -> v.check() == check).findFirst()
                .orElse(new Verdict(check, Verdict.Outcome.NOT_RUN, "not checked"));
    }

    /** True when no check failed. */
    default boolean passed() {
        return verdicts().stream().noneMatch(Verdict::failed);
    }

    private static Optional<Duration> sum(List<Optional<Duration>> times) {
        return times.stream().allMatch(Optional::isPresent)
                ? Optional.of(times.stream().map(Optional::get).reduce(Duration.ZERO, Duration::plus)) : Optional.empty();
    }
}

package io.github.migrationtest.internal.release;

import static io.github.migrationtest.Verdict.Outcome.FAILED;
import static io.github.migrationtest.Verdict.Outcome.NOT_RUN;
import static io.github.migrationtest.Verdict.Outcome.PASSED;

import io.github.migrationtest.Check;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.ScriptFailure;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * One phase of a release: a script per migration, in the given order, until one fails. Each migration that ran gets
 * its time and its verdict of the phase's check; those after a failure are not run.
 */
final class ScriptSequence {

    private ScriptSequence() {
    }

    /** Where a phase stopped: the migration whose script failed, why, and the migrations whose scripts ran before it. */
    record Stop(Migration migration, ScriptFailure failure, List<Migration> ranBefore) {
    }

    @FunctionalInterface
    interface Script {
        /** Runs the phase's script of {@code migration}; the failure, or null when it succeeded. */
        ScriptFailure run(Migration migration) throws SQLException;
    }

    static Optional<Stop> run(ReleaseResult result, List<Migration> order, Check check, Script script,
                              BiConsumer<ReleaseResult.MigrationRecord, Duration> time) throws SQLException {
        List<Migration> ran = new ArrayList<>();
        Stop stop = null;
        for (Migration migration : order) {
            ReleaseResult.MigrationRecord record = result.of(migration);
            if (stop != null) {
                record.add(check, NOT_RUN, "");
                continue;
            }
            long start = System.nanoTime();
            ScriptFailure failure = script.run(migration);
            time.accept(record, Duration.ofNanos(System.nanoTime() - start));
            record.add(check, failure == null ? PASSED : FAILED, failure == null ? "" : failure.describe());
            if (failure != null) {
                stop = new Stop(migration, failure, List.copyOf(ran));
            }
            ran.add(migration);
        }
        return Optional.ofNullable(stop);
    }
}

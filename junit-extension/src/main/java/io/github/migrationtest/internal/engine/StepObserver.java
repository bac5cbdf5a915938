package io.github.migrationtest.internal.engine;

import io.github.migrationtest.Check;
import java.sql.SQLException;
import java.util.Set;

/**
 * Measures or judges something around the phases of one step (data fingerprints, lock sampling), adding its
 * figures and verdicts to the step's {@link StepResult}. {@link StepRun} calls every observer in order.
 */
public interface StepObserver {

    /** The phases of a step, in the order they run. */
    enum Phase {
        FORWARD("forward"), BACK("the down script"), AGAIN("forward again");

        private final String text;

        Phase(String text) {
            this.text = text;
        }

        /** How messages name the phase: {@code after forward}, {@code after the down script}. */
        String text() {
            return text;
        }
    }

    /** What a failed query of this observer's was part of, for messages: {@code a query of the data checks}. */
    default String queries() {
        return "a query of the harness's checks";
    }

    /** With the database as it is before the phase; the returned watch is closed right after the phase ran. */
    default Watch before(Phase phase, StepContext step) throws SQLException {
        return Watch.NONE;
    }

    /** With the database as the phase left it, when the phase ran without error. */
    default void after(Phase phase, StepContext step) throws SQLException {
    }

    /** Whether the phase ran or not, after the last phase; the place for judgements that need several phases. */
    default void finish(StepContext step) throws SQLException {
    }

    /**
     * The checks whose verdicts depend on what this observer does in {@code phase}, or in {@link #finish} when
     * {@code phase} is null; a failure there fails them ({@link GuardedObserver}).
     */
    default Set<Check> checks(Phase phase) {
        return Set.of();
    }

    /** Something running during a phase, e.g. a lock sampler; closed as soon as the phase ends. */
    @FunctionalInterface
    interface Watch extends AutoCloseable {
        Watch NONE = () -> { };

        @Override
        void close() throws SQLException;
    }
}

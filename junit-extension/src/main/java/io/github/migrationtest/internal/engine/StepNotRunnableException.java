package io.github.migrationtest.internal.engine;

/**
 * A step that cannot be rehearsed because the database cannot be brought to the version before it; the message names
 * the migration to blame (see {@link io.github.migrationtest.internal.seeding.Blockage}). The step fails.
 */
public final class StepNotRunnableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StepNotRunnableException(String message) {
        super(message);
    }
}

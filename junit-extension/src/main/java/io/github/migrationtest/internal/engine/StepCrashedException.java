package io.github.migrationtest.internal.engine;

/** A step the harness itself failed to rehearse (its own query, not the migration): what failed, where, and the fix. */
public final class StepCrashedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StepCrashedException(String message, Throwable cause) {
        super(message, cause);
    }
}

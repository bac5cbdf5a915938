package io.github.migrationtest.internal.engine;

/** A step that cannot be rehearsed because an earlier migration does not run; that migration's own step fails. */
public final class StepNotRunnableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StepNotRunnableException(String message) {
        super(message);
    }
}

package io.github.migrationtest.internal.engine;

/**
 * The database server died (every step after it fails with this one message, which says what died, when, and its log),
 * or its disk is full (the step fails with a message naming the directory and its free space).
 */
public final class ServerLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ServerLostException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}

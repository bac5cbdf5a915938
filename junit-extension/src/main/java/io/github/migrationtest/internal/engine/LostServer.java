package io.github.migrationtest.internal.engine;

import io.github.migrationtest.internal.database.ServerHealth;
import io.github.migrationtest.spi.DatabaseServer;
import java.util.Optional;
import java.util.function.Supplier;

/** Remembers that the rehearsal's server died, so that every later step fails with the one message that says so. */
final class LostServer {

    private final Supplier<DatabaseServer> server;
    private String message;
    private Throwable cause;

    LostServer(Supplier<DatabaseServer> server) {
        this.server = server;
    }

    boolean lost() {
        return message != null;
    }

    String message() {
        return message;
    }

    void throwIfLost() {
        if (message != null) {
            throw new ServerLostException(message, cause);
        }
    }

    /**
     * After a failure or an exception during {@code what}: throws {@link ServerLostException} if the disk is full (for this
     * step only) or the server is gone (for this and every later step).
     *
     * @param failureText the failed verdicts' messages, or the exception's
     */
    void check(String what, Throwable failure, String failureText) {
        throwIfLost();
        if (failure instanceof ServerLostException noticedAlready) {
            throw noticedAlready;
        }
        Optional<String> full = DiskFull.check(server.get(), what, failureText);
        if (full.isPresent()) {
            throw new ServerLostException(full.get(), failure);
        }
        Optional<String> lost = ServerHealth.lost(server.get(), what);
        if (lost.isPresent()) {
            message = lost.get();
            cause = failure;
            throwIfLost();
        }
    }

    /** Whether a failure to drop the scratch databases at the end is the server being gone. */
    boolean lostWhileClosing(Throwable failure) {
        Optional<String> lost = ServerHealth.lost(server.get(), "the end of the class, when its databases are dropped");
        lost.ifPresent(m -> {
            message = m;
            cause = failure;
        });
        return lost.isPresent();
    }
}

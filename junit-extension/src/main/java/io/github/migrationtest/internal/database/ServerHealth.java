package io.github.migrationtest.internal.database;

import io.github.migrationtest.spi.DatabaseServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tells a lost server from a failing migration: an embedded server whose postmaster is no longer running, or any
 * other server that no longer accepts connections. Asked when a step fails or throws, so a healthy run pays nothing.
 */
public final class ServerHealth {

    private static final int LOG_LINES = 8;
    private static final SessionTimeouts PROBE = new SessionTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5),
            Duration.ofSeconds(5), Duration.ofSeconds(5));

    private ServerHealth() {
    }

    /**
     * The one message for a server that is gone, or empty when it still runs. A lost server is forgotten, so that the
     * next class starts a new one.
     *
     * @param during e.g. {@code V2 create orders}: what the rehearsal was doing when it noticed
     */
    public static Optional<String> lost(DatabaseServer server, String during) {
        DatabaseServer actual = VersionedServer.unwrap(server instanceof LazyServer lazy ? lazy.started().orElse(null) : server);
        if (actual == null) {
            return Optional.empty();
        }
        Optional<String> what = actual instanceof EmbeddedServerAddress embedded ? deadPostmaster(embedded) : unreachable(actual);
        Optional<String> message = what.map(w -> "The database server is gone: " + w + "; noticed during " + during + " at "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ". The steps after it cannot run on it and fail with this"
                + " message." + log(actual) + "\n  If the machine ran out of memory (the kernel's OOM killer: see dmesg) or"
                + " disk space, free some and run the class again; if something stopped the server, let it run until the class ends.");
        message.ifPresent(m -> forget(actual));
        return message;
    }

    private static Optional<String> deadPostmaster(EmbeddedServerAddress server) {
        Path dir = server.dataDirectory();
        Optional<Long> pid = OrphanReaper.postmasterPid(dir);
        if (pid.isPresent() && OrphanReaper.running(pid.get())) {
            return Optional.empty();
        }
        return Optional.of("embedded PostgreSQL " + pid.map(p -> "(postmaster pid " + p + ") ").orElse("")
                + "on data directory " + dir + (Files.isDirectory(dir) ? "" : " (deleted)") + " is no longer running");
    }

    private static Optional<String> unreachable(DatabaseServer server) {
        try (Connection c = new Connections(server, PROBE).open(server.maintenanceDatabase(), "migrationtest-health")) {
            return Optional.empty();
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            return state.startsWith("08") || state.startsWith("57P")
                    ? Optional.of(server.description() + " no longer accepts connections (" + e.getMessage() + ", SQLSTATE " + state + ")")
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(server.description() + " cannot be reached (" + e.getMessage() + ")");
        }
    }

    private static String log(DatabaseServer server) {
        if (!(server instanceof EmbeddedServerAddress embedded)) {
            return "";
        }
        Path file = ServerLog.file(embedded.dataDirectory());
        List<String> tail = ServerLog.tail(file, LOG_LINES);
        return tail.isEmpty() ? "\n  Its log " + file + " is empty or gone." : "\n  The last lines of its log " + file + ":\n"
                + tail.stream().map(l -> "    " + l).collect(Collectors.joining("\n"));
    }

    private static void forget(DatabaseServer server) {
        if (server instanceof CachedServer cached) {
            SeedCache.forget(cached.dataDirectory());
        }
        try {
            Servers.forget(server);
        } catch (RuntimeException notStopped) {
            // what is left of a dead server is cleaned up at JVM exit or by the next start's reaper
        }
    }
}

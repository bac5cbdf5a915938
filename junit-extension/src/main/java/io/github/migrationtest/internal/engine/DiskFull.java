package io.github.migrationtest.internal.engine;

import io.github.migrationtest.internal.database.DiskSpace;
import io.github.migrationtest.internal.database.ServerLog;
import io.github.migrationtest.spi.DatabaseServer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Tells a full disk from a failing migration: SQLSTATE 53100 or "No space left on device" in the failure, or, for an
 * embedded server, in its log within the last minutes (a COPY whose connection broke says only that).
 */
final class DiskFull {

    private static final String ENOSPC = "No space left on device";
    private static final String DISK_FULL = "SQLSTATE 53100";
    private static final Duration RECENT = Duration.ofMinutes(10);
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private DiskFull() {
    }

    /** The message naming the directory and its free space, or empty when the disk is not the cause. */
    static Optional<String> check(DatabaseServer server, String during, String failure) {
        Optional<Path> dir = DiskSpace.dataDirectory(server);
        Optional<String> evidence = failure.contains(DISK_FULL) || failure.contains(ENOSPC) ? Optional.of(firstLine(failure))
                : dir.flatMap(DiskFull::recentLogLine);
        return evidence.map(e -> "The disk is full: PostgreSQL could not write during " + during
                + dir.map(d -> " to " + d + " (" + DiskSpace.text(DiskSpace.free(d)) + " free there now)").orElse("")
                + ". It said: " + e + "\n  Free space on that disk, or seed fewer rows (@Rows, rows, or -Dmigrationtest.scale=0.01);"
                + " a migration that writes more than the disk holds fails the same way in production.");
    }

    /** The failure messages and SQLSTATEs of an exception and its causes, one per line. */
    static String text(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            out.append(t.getMessage()).append(t instanceof SQLException sql ? " (SQLSTATE " + sql.getSQLState() + ")" : "").append('\n');
        }
        return out.toString();
    }

    private static Optional<String> recentLogLine(Path dataDirectory) {
        List<String> tail = ServerLog.tail(ServerLog.file(dataDirectory), 40);
        for (int i = tail.size() - 1; i >= 0; i--) {
            String line = tail.get(i);
            if (line.contains(ENOSPC) && recent(line)) {
                return Optional.of(line.strip() + " (its log " + ServerLog.file(dataDirectory) + ")");
            }
        }
        return Optional.empty();
    }

    private static boolean recent(String line) {
        try {
            Instant at = LocalDateTime.parse(line.substring(0, 23), LOG_TIME).toInstant(ZoneOffset.UTC);
            return line.startsWith(" UTC", 23) && at.isAfter(Instant.now().minus(RECENT));
        } catch (DateTimeParseException | IndexOutOfBoundsException notTimed) {
            return false;
        }
    }

    private static String firstLine(String text) {
        return text.lines().filter(l -> l.contains(DISK_FULL) || l.contains(ENOSPC)).findFirst().orElse(text).strip();
    }
}

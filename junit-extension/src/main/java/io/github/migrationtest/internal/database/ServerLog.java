package io.github.migrationtest.internal.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The log of an embedded server, {@code <data directory>.log} beside it: what the postmaster and its backends printed,
 * read when the server is lost (why it died) or the disk filled up (PostgreSQL says so only there).
 */
public final class ServerLog {

    private static final int TAIL_BYTES = 16 * 1024;

    private ServerLog() {
    }

    public static Path file(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    /** The last {@code n} lines of the log; empty when it cannot be read. */
    public static List<String> tail(Path log, int n) {
        try (RandomAccessFile in = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, in.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            return lines.subList(Math.max(0, lines.size() - n), lines.size());
        } catch (IOException e) {
            return List.of();
        }
    }
}

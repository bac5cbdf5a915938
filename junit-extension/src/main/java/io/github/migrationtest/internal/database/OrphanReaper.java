package io.github.migrationtest.internal.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Stops embedded servers whose JVM is gone. Beside each server's data directory lies a marker
 * ({@code <dir>.owner}) with the pid and start time of the JVM that owns it; a directory whose owner no
 * longer runs is an orphan: its postmaster (pid in {@code postmaster.pid}) is stopped and the directory deleted.
 */
final class OrphanReaper {

    static final String MARKER_SUFFIX = ".owner";

    private OrphanReaper() {
    }

    static void markOwned(Path dataDirectory) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String started = self.info().startInstant().map(Instant::toString).orElse("");
        Files.writeString(marker(dataDirectory), self.pid() + " " + started);
    }

    static Path marker(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + MARKER_SUFFIX);
    }

    /** Reaps every orphan under the base directory; returns the pids of the postmasters it stopped. */
    static List<Long> reap(Path baseDirectory) {
        if (!Files.isDirectory(baseDirectory)) {
            return List.of();
        }
        deleteLeftMarkers(baseDirectory);
        try (Stream<Path> dirs = Files.list(baseDirectory)) {
            return dirs.filter(d -> Files.isDirectory(d) && isOrphan(d)).flatMap(dir -> reapOne(dir).stream()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Markers (and logs) of dead JVMs whose data directory is already gone: nothing else would ever delete them. */
    private static void deleteLeftMarkers(Path baseDirectory) {
        try (Stream<Path> markers = Files.list(baseDirectory)) {
            markers.filter(m -> m.getFileName().toString().endsWith(MARKER_SUFFIX)).map(OrphanReaper::directoryOf)
                    .filter(dir -> !Files.exists(dir) && isOrphan(dir)).forEach(OrphanReaper::deleteRecursively);
        } catch (IOException ignored) {
            // tried again at the next start
        }
    }

    private static Path directoryOf(Path marker) {
        String name = marker.getFileName().toString();
        return marker.resolveSibling(name.substring(0, name.length() - MARKER_SUFFIX.length()));
    }

    private static boolean isOrphan(Path dir) {
        return ownerLine(dir).isPresent() && liveOwner(dir).isEmpty();
    }

    /** The JVM that owns the directory, if its marker names one that still runs. */
    static Optional<ProcessHandle> liveOwner(Path dir) {
        return ownerLine(dir).flatMap(owner -> {
            String started = owner.length > 1 ? owner[1] : "";
            return ProcessHandle.of(Long.parseLong(owner[0])).filter(ProcessHandle::isAlive)
                    .filter(p -> started.isEmpty() || p.info().startInstant().map(Instant::toString).orElse("").equals(started));
        });
    }

    private static Optional<String[]> ownerLine(Path dir) {
        try {
            String[] owner = Files.readString(marker(dir)).strip().split(" ", 2);
            Long.parseLong(owner[0]);
            return Optional.of(owner);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops the postmaster that runs on the directory (one left by a killed JVM), without deleting anything. */
    static Optional<Long> stopPostmaster(Path dir) {
        return postmaster(dir).filter(p -> running(p.pid())).map(OrphanReaper::stop);
    }

    private static Optional<Long> reapOne(Path dir) {
        Optional<Long> stopped = stopPostmaster(dir);
        deleteRecursively(dir);
        return stopped;
    }

    private static Optional<ProcessHandle> postmaster(Path dir) {
        return postmasterPid(dir).flatMap(ProcessHandle::of);
    }

    /** Whether the process runs: alive and, where {@code /proc} tells, not a zombie that no one has reaped yet. */
    static boolean running(long pid) {
        if (pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
            } catch (IOException | RuntimeException noProc) {
                return true;
            }
        }
        return false;
    }

    /** The pid in the directory's {@code postmaster.pid}, alive or not; empty when there is no such file. */
    static Optional<Long> postmasterPid(Path dir) {
        try {
            return Optional.of(Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long stop(ProcessHandle postmaster) {
        PostmasterStop.stop(postmaster.pid());
        return postmaster.pid();
    }

    /** Deletes the data directory and its marker. */
    static void deleteRecursively(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: what cannot be deleted now is reaped again next time
        }
        marker(dir).toFile().delete();
        ServerLog.file(dir).toFile().delete();
    }
}

package io.github.migrationtest.internal.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Helpers of the tests that kill JVMs, watchdogs and postmasters by pid. */
final class Processes {

    private Processes() {
    }

    /** A child JVM that started an embedded server (see {@link OrphanMaker}), once it says READY. */
    static Process orphanMaker() throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream()));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("READY")) {
            // skip the server's start-up log
        }
        if (line == null) {
            throw new IllegalStateException("the child JVM did not start its server");
        }
        return jvm;
    }

    static long postmaster(Path dataDirectory) throws Exception {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
    }

    /** The watchdog of the server on this directory. */
    static Optional<ProcessHandle> watchdog(Path dataDirectory) {
        return watching(dataDirectory, "migrationtest-watchdog");
    }

    /** The watchdog of this postmaster on this directory. */
    static Optional<ProcessHandle> watchdog(Path dataDirectory, long postmaster) {
        return watching(dataDirectory, Long.toString(postmaster));
    }

    private static Optional<ProcessHandle> watching(Path dataDirectory, String argument) {
        String dir = dataDirectory.toAbsolutePath().toString();
        return ProcessHandle.allProcesses().filter(p -> p.info().arguments().map(java.util.Arrays::asList)
                .map(a -> a.contains("migrationtest-watchdog") && a.contains(dir) && a.contains(argument))
                .orElse(false)).findFirst();
    }

    /** The pid of a process that has ended. */
    static long deadPid() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        return done.pid();
    }

    static void kill9(long pid) throws Exception {
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
    }

    static Optional<Path> dataDirectoryOwnedBy(long pid) throws Exception {
        try (Stream<Path> markers = Files.list(EmbeddedPostgresProvider.BASE_DIRECTORY)) {
            for (Path marker : (Iterable<Path>) markers.filter(p -> p.toString().endsWith(OrphanReaper.MARKER_SUFFIX))::iterator) {
                if (Files.readString(marker).startsWith(pid + " ")) {
                    String name = marker.getFileName().toString();
                    return Optional.of(marker.resolveSibling(name.substring(0, name.length() - OrphanReaper.MARKER_SUFFIX.length())));
                }
            }
        }
        return Optional.empty();
    }
}

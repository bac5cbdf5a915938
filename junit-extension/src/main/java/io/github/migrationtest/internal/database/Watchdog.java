package io.github.migrationtest.internal.database;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A small shell process beside each embedded postmaster that outlives a JVM which cannot clean up (halted by Surefire
 * after its shutdown timeout, killed with SIGKILL): once the JVM is gone it stops the postmaster (SIGTERM, SIGINT,
 * SIGQUIT, SIGKILL, five seconds apart) and, for a throw-away server, deletes its data directory. It ends by itself
 * as soon as the postmaster stops.
 */
final class Watchdog {

    private static final String SCRIPT = """
            jvm=$1; pm=$2; dir=$3; delete=$4
            while kill -0 "$jvm" 2>/dev/null; do
              kill -0 "$pm" 2>/dev/null || exit 0
              sleep 1
            done
            for sig in TERM INT QUIT KILL; do
              kill -"$sig" "$pm" 2>/dev/null || break
              for i in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pm" 2>/dev/null || break 2; sleep 0.5; done
            done
            if [ "$delete" = true ]; then rm -rf "$dir" "$dir.owner" "$dir.log"; fi
            """;

    private Watchdog() {
    }

    /** Starts the watchdog of the postmaster running on the directory; without {@code sh} there is none (the reaper remains). */
    static void watch(Path dataDirectory, boolean deleteDirectory) {
        OrphanReaper.postmasterPid(dataDirectory).ifPresent(pm -> {
            try {
                new ProcessBuilder("sh", "-c", SCRIPT, "migrationtest-watchdog", Long.toString(ProcessHandle.current().pid()),
                        Long.toString(pm), dataDirectory.toAbsolutePath().toString(), Boolean.toString(deleteDirectory))
                        .redirectInput(new File("/dev/null")).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException noShell) {
                // the orphan reaper stops the server at the next start instead
            }
        });
    }
}

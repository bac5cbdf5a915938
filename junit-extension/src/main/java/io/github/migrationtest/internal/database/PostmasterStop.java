package io.github.migrationtest.internal.database;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Stops a postmaster by pid, whatever state it is in: SIGTERM (smart shutdown, waits for clients), then SIGINT (fast),
 * SIGQUIT (immediate) and SIGKILL, each after a bounded wait. A server on a deleted data directory or a full disk ignores
 * the first ones; the last one always works.
 */
final class PostmasterStop {

    private static final List<String> SIGNALS = List.of("TERM", "INT", "QUIT", "KILL");
    private static final Duration WAIT = Duration.ofSeconds(5);
    /** How often a wait looks at /proc for a zombie, which no exit event announces. */
    private static final Duration SLICE = Duration.ofMillis(20);

    private PostmasterStop() {
    }

    /** Returns the signal that stopped it, or empty if it was not running (or survived even SIGKILL). */
    static java.util.Optional<String> stop(long pid) {
        for (String signal : SIGNALS) {
            if (!OrphanReaper.running(pid)) {
                reaped(pid);
                return java.util.Optional.empty();
            }
            send(signal, pid);
            if (gone(pid, WAIT)) {
                return java.util.Optional.of("SIG" + signal);
            }
        }
        return java.util.Optional.empty();
    }

    private static void send(String signal, long pid) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(p -> {
                if (signal.equals("KILL")) {
                    p.destroyForcibly();
                } else {
                    p.destroy();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits at most {@code wait} for the process to exit: on its exit ({@link ProcessHandle#onExit()}), in slices of
     * {@link #SLICE}, since an exited process that its parent has not reaped yet (a zombie, which {@code onExit} of a
     * process that is not our child does not see) counts as gone too ({@link OrphanReaper#running}).
     */
    private static boolean gone(long pid, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        java.util.Optional<java.util.concurrent.CompletableFuture<ProcessHandle>> exit = ProcessHandle.of(pid).map(ProcessHandle::onExit);
        while (OrphanReaper.running(pid) && exit.isPresent()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                exit.get().get(Math.min(left, SLICE.toNanos()), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException stillRunningOrZombie) {
                // look at /proc again
            } catch (java.util.concurrent.ExecutionException e) {
                return !OrphanReaper.running(pid);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !OrphanReaper.running(pid);
            }
        }
        reaped(pid);
        return true;
    }

    /**
     * Waits (at most {@link #WAIT}) until the exited process has been reaped by its parent too, so that it no longer counts
     * as alive anywhere; some init processes reap only now and then.
     */
    private static void reaped(long pid) {
        ProcessHandle.of(pid).ifPresent(p -> {
            try {
                p.onExit().get(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception zombieOrInterrupted) {
                // a zombie whose parent does not reap it is stopped all the same
            }
        });
    }
}

package io.github.migrationtest.internal.database;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM that created a scratch database, as its {@code COMMENT ON DATABASE} records it: pid, start time and host.
 * A later run on the same host drops the database once that JVM is gone; on other hosts it cannot tell and leaves it.
 */
record ScratchOwner(long pid, String started, String host) {

    private static final Pattern COMMENT = Pattern.compile("by pid (\\d+) \\(JVM started ([^)]*)\\) on host (\\S+);");
    static final ScratchOwner SELF = new ScratchOwner(ProcessHandle.current().pid(),
            ProcessHandle.current().info().startInstant().map(Instant::toString).orElse(""), hostName());

    String comment(Instant created) {
        return "MigrationTest scratch database created " + created + " by pid " + pid + " (JVM started " + started + ") on host " + host
                + "; dropped when the test class ends, or by a later run on this host once that JVM is gone";
    }

    static Optional<ScratchOwner> parse(String comment) {
        Matcher m = COMMENT.matcher(comment == null ? "" : comment);
        return m.find() ? Optional.of(new ScratchOwner(Long.parseLong(m.group(1)), m.group(2), m.group(3))) : Optional.empty();
    }

    /** Whether the owner is a JVM of this host that no longer runs (a pid now used by another process counts as gone). */
    boolean goneFromThisHost() {
        return host.equals(SELF.host) && ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> started.isEmpty() || p.info().startInstant().map(Instant::toString).orElse("").equals(started))
                .isEmpty();
    }

    private static String hostName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException | RuntimeException noProc) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}

package io.github.migrationtest.internal.database;

import io.github.migrationtest.spi.DatabaseServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Where a server keeps its data and how much room is left there; known for the embedded servers only. */
public final class DiskSpace {

    private DiskSpace() {
    }

    /** The data directory of an embedded server (of the started one behind a {@link LazyServer}); empty for others. */
    public static Optional<Path> dataDirectory(DatabaseServer server) {
        DatabaseServer actual = VersionedServer.unwrap(server instanceof LazyServer lazy ? lazy.started().orElse(null) : server);
        return actual instanceof EmbeddedServerAddress embedded ? Optional.of(embedded.dataDirectory()) : Optional.empty();
    }

    /** The bytes this JVM may still write on the file system of the directory (or of its nearest existing parent). */
    public static long free(Path directory) {
        Path existing = directory.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? Long.MAX_VALUE : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** {@code 64.0 MB}, {@code 1.2 TB}. */
    public static String text(long bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}

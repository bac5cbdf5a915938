package io.github.migrationtest.internal.flyway;

import io.github.migrationtest.internal.ConfigurationProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * The Flyway on the test class path, checked before any database starts: flyway-core 10 to 13 and
 * flyway-database-postgresql of the same version (Flyway 10 split PostgreSQL support out of core).
 */
public final class FlywayVersions {

    public static final int OLDEST_MAJOR = 10;
    public static final int NEWEST_TRIED_MAJOR = 13;
    static final String SETTING = "class path";
    private static final String PIN = "Pin both org.flywaydb:flyway-core and org.flywaydb:flyway-database-postgresql to one version in"
            + " <dependencyManagement> (Spring Boot's dependency management does it for you), e.g. 11.20.3 for Spring Boot 3.5.";

    private FlywayVersions() {
    }

    /** Refuses an unsupported or mismatched Flyway with what was found and the fix; says so when Flyway is newer than tried. */
    public static void check(Consumer<String> log) {
        ClassLoader loader = Flyway.class.getClassLoader();
        String core = version(loader, "flyway-core").orElse(null);
        if (core == null) {
            return; // repackaged: nothing to read, nothing to refuse
        }
        int major = major(core);
        if (major < OLDEST_MAJOR) {
            throw new ConfigurationProblem(SETTING, "flyway-core " + core + " is on the test class path; MigrationTest works with Flyway "
                    + OLDEST_MAJOR + " to " + NEWEST_TRIED_MAJOR + " (Community is enough). " + PIN);
        }
        Optional<String> postgresql = version(loader, "flyway-database-postgresql");
        if (postgresql.isEmpty()) {
            throw new ConfigurationProblem(SETTING, "flyway-database-postgresql is not on the test class path beside flyway-core " + core
                    + "; Flyway " + OLDEST_MAJOR + "+ needs it for PostgreSQL. Add org.flywaydb:flyway-database-postgresql:" + core + ".");
        }
        if (!postgresql.get().equals(core)) {
            throw new ConfigurationProblem(SETTING, "flyway-core " + core + " and flyway-database-postgresql " + postgresql.get()
                    + " are on the test class path; they must be the same version. " + PIN);
        }
        if (major > NEWEST_TRIED_MAJOR) {
            log.accept("Flyway " + core + " is newer than the Flyway versions MigrationTest was tried with (" + OLDEST_MAJOR + " to "
                    + NEWEST_TRIED_MAJOR + "); rehearsing anyway.");
        }
    }

    static Optional<String> version(ClassLoader loader, String artifact) {
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.flywaydb/" + artifact + "/pom.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty("version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static int major(String version) {
        try {
            return Integer.parseInt(version.split("\\.")[0]);
        } catch (NumberFormatException e) {
            return NEWEST_TRIED_MAJOR;
        }
    }
}

package io.github.migrationtest.internal.database;

import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.spi.DatabaseProvider;
import io.github.migrationtest.spi.DatabaseServer;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Chooses and starts the server for a {@code migrationtest.database} value, once per JVM: every test class
 * with the same choice shares the server (each in databases of its own); servers stop when the JVM exits.
 */
public final class Servers {

    public static final String AUTO = "auto";
    public static final String EMBEDDED = "embedded";
    public static final String DOCKER = "docker";
    private static final String KEY = "migrationtest.database";
    private static final Map<String, DatabaseServer> STARTED = new ConcurrentHashMap<>();
    private static final Map<String, String> RESOLVED = new ConcurrentHashMap<>();
    private static final Map<String, ConfigurationProblem> REFUSED = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Servers::stopAll, "migrationtest-stop-servers"));
    }

    private Servers() {
    }

    /** The server for this choice, started on first use. */
    public static DatabaseServer get(String choice, boolean allowExternal, String dockerImage, Consumer<String> log) {
        String resolved = resolve(choice, log);
        DatabaseProvider provider = provider(resolved, allowExternal, dockerImage);
        String key = resolved.equals(DOCKER) ? DOCKER + "|" + dockerImage : resolved;
        ConfigurationProblem refused = REFUSED.get(key);
        if (refused != null) {
            throw refused;
        }
        try {
            return STARTED.computeIfAbsent(key, k -> start(provider, resolved.equals(EMBEDDED)));
        } catch (ConfigurationProblem e) {
            REFUSED.put(key, e); // a server of an unsupported version is started once, not once per step
            throw e;
        }
    }

    /** What the choice means here: {@code auto} becomes {@code docker} or {@code embedded} (asked once per JVM). */
    public static String resolve(String choice, Consumer<String> log) {
        return choice.equals(AUTO) ? RESOLVED.computeIfAbsent(AUTO, k -> autoChoice(log)) : choice;
    }

    /** Stops this server when the JVM exits, with the servers started here. */
    static void stopAtExit(String key, DatabaseServer server) {
        STARTED.put(key, server);
    }

    /** A server that died: later classes start a new one instead of getting it; what is left of it is cleaned up. */
    static void forget(DatabaseServer lost) {
        STARTED.values().removeIf(server -> server == lost || VersionedServer.unwrap(server) == lost);
        lost.close();
    }

    private static String autoChoice(Consumer<String> log) {
        DockerDetector.Answer docker = DockerDetector.detect();
        if (docker.available()) {
            return DOCKER;
        }
        log.accept("Using embedded PostgreSQL (" + docker.reason() + ").");
        return EMBEDDED;
    }

    static DatabaseProvider provider(String choice, boolean allowExternal, String dockerImage) {
        if (choice.equals(EMBEDDED)) {
            return new EmbeddedPostgresProvider();
        }
        if (choice.equals(DOCKER)) {
            return dockerProvider(dockerImage);
        }
        if (choice.startsWith("jdbc:")) {
            if (!allowExternal) {
                throw new ConfigurationProblem(KEY, KEY + " points at an existing server (" + ExternalServerProvider.redacted(choice)
                        + "). MigrationTest does not touch a server it did not start unless told to: set migrationtest.external.allow=true."
                        + " It then works only in a database it creates (migrationtest_<random>) and drops it afterwards.");
            }
            return new ExternalServerProvider(choice);
        }
        return customProvider(choice);
    }

    private static DatabaseProvider dockerProvider(String image) {
        if (!DockerDetector.testcontainersPresent()) {
            throw new ConfigurationProblem(KEY, KEY + "=docker needs Testcontainers on the test class path: add the dependency"
                    + " org.testcontainers:testcontainers-postgresql (test scope), or use " + KEY + "=embedded.");
        }
        DockerDetector.Answer docker = DockerDetector.detect();
        if (!docker.available()) {
            throw new ConfigurationProblem(KEY, KEY + "=docker but no Docker engine answers (" + docker.reason()
                    + "). Start Docker, or use " + KEY + "=embedded (no Docker needed).");
        }
        return new DockerPostgresProvider(image);
    }

    private static DatabaseProvider customProvider(String className) {
        try {
            Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
            return (DatabaseProvider) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new ConfigurationProblem(KEY, KEY + "=" + className + " is not auto, embedded, docker, a jdbc:postgresql:// URL,"
                    + " or the name of a class implementing io.github.migrationtest.spi.DatabaseProvider with a public no-argument constructor (" + e + ").", e);
        }
    }

    private static DatabaseServer start(DatabaseProvider provider, boolean embedded) {
        DatabaseServer server;
        try {
            server = provider.start();
        } catch (ConfigurationProblem e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the database with " + provider.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        return checked(server, embedded);
    }

    /** The server with its version checked and named in its description; a server out of range is stopped and refused. */
    static DatabaseServer checked(DatabaseServer server, boolean embedded) {
        ServerVersion version;
        try {
            version = ServerVersion.of(server);
        } catch (SQLException e) {
            server.close();
            throw new IllegalStateException("Could not read the PostgreSQL version of " + server.description() + ": " + e.getMessage(), e);
        }
        try {
            version.requireSupported(server.description(), embedded);
        } catch (ConfigurationProblem e) {
            server.close();
            throw e;
        }
        return new VersionedServer(server, version);
    }

    private static void stopAll() {
        STARTED.values().forEach(DatabaseServer::close);
        STARTED.clear();
    }
}

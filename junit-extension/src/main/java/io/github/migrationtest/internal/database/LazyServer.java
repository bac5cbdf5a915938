package io.github.migrationtest.internal.database;

import io.github.migrationtest.spi.DatabaseServer;
import java.util.function.Consumer;

/** Chooses and starts the server on first use, so that a misconfigured class fails before any database starts. */
public final class LazyServer implements DatabaseServer {

    private final String choice;
    private final boolean allowExternal;
    private final String dockerImage;
    private final Consumer<String> log;
    private DatabaseServer server;

    public LazyServer(String choice, boolean allowExternal, String dockerImage, Consumer<String> log) {
        this.choice = choice;
        this.allowExternal = allowExternal;
        this.dockerImage = dockerImage;
        this.log = log;
    }

    private synchronized DatabaseServer server() {
        if (server == null) {
            server = Servers.get(choice, allowExternal, dockerImage, log);
        }
        return server;
    }

    /** The server, if it was started (or reached) already: the provider's own, without the version check's wrapper. */
    public synchronized java.util.Optional<DatabaseServer> started() {
        return java.util.Optional.ofNullable(server).map(VersionedServer::unwrap);
    }

    /** Whether the choice is the embedded server (which can hold a seed cache); asks Docker for {@code auto}. */
    public boolean embedded() {
        return Servers.resolve(choice, log).equals(Servers.EMBEDDED);
    }

    @Override
    public String jdbcUrl(String database) {
        return server().jdbcUrl(database);
    }

    @Override
    public String username() {
        return server().username();
    }

    @Override
    public String password() {
        return server().password();
    }

    @Override
    public String maintenanceDatabase() {
        return server().maintenanceDatabase();
    }

    @Override
    public String description() {
        return server().description();
    }

    @Override
    public void close() {
        // shared servers stop with the JVM (Servers)
    }
}

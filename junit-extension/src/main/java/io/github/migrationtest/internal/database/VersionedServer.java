package io.github.migrationtest.internal.database;

import io.github.migrationtest.spi.DatabaseServer;
/** A started server whose version was checked; its description names the version. */
record VersionedServer(DatabaseServer server, ServerVersion version) implements DatabaseServer {

    /** The provider's own server behind the version check's wrapper (an embedded one knows its data directory). */
    static DatabaseServer unwrap(DatabaseServer server) {
        return server instanceof VersionedServer v ? v.server() : server;
    }

    @Override
    public String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    @Override
    public String username() {
        return server.username();
    }

    @Override
    public String password() {
        return server.password();
    }

    @Override
    public String maintenanceDatabase() {
        return server.maintenanceDatabase();
    }

    @Override
    public String description() {
        return version.describe(server.description());
    }

    @Override
    public void close() {
        server.close();
    }
}

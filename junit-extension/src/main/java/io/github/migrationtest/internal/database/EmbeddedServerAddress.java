package io.github.migrationtest.internal.database;

import io.github.migrationtest.spi.DatabaseServer;
/** An embedded server of ours on localhost, reached as the {@code postgres} superuser without a password. */
interface EmbeddedServerAddress extends DatabaseServer {

    /** The port the server listens on now. */
    int port();

    /** The cluster's data directory; its {@code postmaster.pid} names the running server, {@link ServerLog} lies beside it. */
    java.nio.file.Path dataDirectory();

    @Override
    default String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    default String username() {
        return "postgres";
    }

    @Override
    default String password() {
        return "";
    }
}

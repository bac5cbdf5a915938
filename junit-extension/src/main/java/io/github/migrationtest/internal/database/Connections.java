package io.github.migrationtest.internal.database;

import io.github.migrationtest.spi.DatabaseServer;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Makes data sources for one server whose every connection carries the harness timeouts. */
public final class Connections {

    private final DatabaseServer server;
    private final SessionTimeouts timeouts;

    public Connections(DatabaseServer server, SessionTimeouts timeouts) {
        this.server = server;
        this.timeouts = timeouts;
    }

    /** A data source for the named database; {@code applicationName} shows in pg_stat_activity. */
    public DataSource dataSource(String database, String applicationName) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(server.jdbcUrl(database));
        if (server.username() != null) {
            ds.setUser(server.username());
        }
        if (server.password() != null) {
            ds.setPassword(server.password());
        }
        ds.setApplicationName(applicationName);
        ds.setOptions(timeouts.asOptions());
        ds.setConnectTimeout((int) Math.max(1, timeouts.connect().toSeconds()));
        ds.setLoginTimeout((int) Math.max(1, timeouts.connect().toSeconds()));
        ds.setSocketTimeout(timeouts.socketTimeoutSeconds());
        ds.setTcpKeepAlive(true);
        return ds;
    }

    public Connection open(String database, String applicationName) throws SQLException {
        return dataSource(database, applicationName).getConnection();
    }

    public DatabaseServer server() {
        return server;
    }

    public SessionTimeouts timeouts() {
        return timeouts;
    }
}

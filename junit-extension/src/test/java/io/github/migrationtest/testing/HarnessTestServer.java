package io.github.migrationtest.testing;

import io.github.migrationtest.internal.database.Connections;
import io.github.migrationtest.internal.database.Servers;
import io.github.migrationtest.internal.database.SessionTimeouts;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The junit-extension tests' {@link TestServer}: the embedded server the harness itself uses in this JVM, so the tests
 * of the internal packages cost no second server start. Registered in {@code META-INF/services}.
 */
public final class HarnessTestServer implements TestServer {

    private static final SessionTimeouts TIMEOUTS =
            new SessionTimeouts(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(2), Duration.ofSeconds(10));
    private final Connections connections = new Connections(Servers.get(Servers.EMBEDDED, false, "", line -> { }), TIMEOUTS);

    @Override
    public Connection admin() throws SQLException {
        return connections.open(connections.server().maintenanceDatabase(), "test-admin");
    }

    @Override
    public DataSource dataSource(String database) {
        return connections.dataSource(database, "test");
    }
}

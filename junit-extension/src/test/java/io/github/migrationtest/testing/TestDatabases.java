package io.github.migrationtest.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** One embedded PostgreSQL per test JVM; each call to {@link #fresh()} gets a new, empty database on it. */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabases() {
    }

    public static synchronized DataSource fresh() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return dataSource(name);
    }

    public static DataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {server().getPort()});
        ds.setDatabaseName(database);
        ds.setUser("postgres");
        ds.setConnectTimeout(10);
        ds.setOptions("-c statement_timeout=120000 -c lock_timeout=30000");
        return ds;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stop, "test-postgres-stop"));
        }
        return server;
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM is going down; nothing else can be done
        }
    }
}

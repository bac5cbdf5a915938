package io.github.migrationtest.internal.database;

import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.spi.DatabaseServer;
import io.github.migrationtest.testing.ConsoleCapture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** On a server the harness did not start, the scratch databases of a killed JVM are dropped by the next run on that host. */
class LeftScratchDatabasesTest {

    private final DatabaseServer server = Servers.get("embedded", false, "", s -> { });

    @AfterEach
    void dropWhatIsLeft() throws SQLException {
        for (String name : List.of("migrationtest_0dead0000001", "migrationtest_0live0000002", "migrationtest_0away0000003")) {
            admin("DROP DATABASE IF EXISTS " + name);
        }
    }

    @Test
    void scratchDatabaseOfADeadJvmOnThisHostIsDroppedAndOthersAreKept() throws Exception {
        // GIVEN an existing server holding scratch databases of a killed JVM, of a live JVM, and of a JVM on another host
        ProcessHandle live = ProcessHandle.current().parent().orElseThrow();
        String host = ScratchOwner.SELF.host();
        long dead = Processes.deadPid();
        create("migrationtest_0dead0000001", new ScratchOwner(dead, "2026-01-01T00:00:00Z", host));
        create("migrationtest_0live0000002", new ScratchOwner(live.pid(), live.info().startInstant().orElseThrow().toString(), host));
        create("migrationtest_0away0000003", new ScratchOwner(dead, "2026-01-01T00:00:00Z", "another-host"));
        String url = server.jdbcUrl("postgres") + "?user=postgres&ApplicationName=left-scratch-test";

        // WHEN a class runs there
        var captured = ConsoleCapture.of(() -> run(Good.class, Map.of("migrationtest.database", url, "migrationtest.external.allow", "true")));

        // THEN only the dead JVM's database is dropped, with one line saying whose it was
        captured.result().testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
        assertThat(databases()).contains("migrationtest_0live0000002", "migrationtest_0away0000003")
                .doesNotContain("migrationtest_0dead0000001");
        assertThat(captured.lines()).contains("[migrationtest] dropped scratch database migrationtest_0dead0000001 on existing server "
                + url + " (PostgreSQL " + serverVersion(url) + "), left by a JVM that is gone (pid " + dead + ", started 2026-01-01T00:00:00Z, host " + host + ")");
        // AND the databases the class made itself carry the comment that lets a later run do the same
        assertThat(ScratchOwner.parse(ScratchOwner.SELF.comment(Instant.now()))).hasValue(ScratchOwner.SELF);
    }

    /** The description of every server names its version (checked before the first step). */
    private static String serverVersion(String url) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(url); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1).split(" ")[0];
        }
    }

    private void create(String name, ScratchOwner owner) throws SQLException {
        admin("CREATE DATABASE " + name, "COMMENT ON DATABASE " + name + " IS '" + owner.comment(Instant.parse("2026-01-01T00:00:01Z")) + "'");
    }

    private List<String> databases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres") + "?user=postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private void admin(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres") + "?user=postgres"); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo")
    static class Good {
        @EachMigration
        void step(MigrationStep step) {
        }
    }
}

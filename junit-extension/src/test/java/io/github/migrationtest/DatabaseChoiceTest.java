package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.database.DockerDetector;
import io.github.migrationtest.internal.database.Servers;
import io.github.migrationtest.spi.DatabaseServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Which server a rehearsal uses, and that a server it did not start is only touched when allowed. */
class DatabaseChoiceTest {

    @Test
    void existingServerIsRefusedUnlessAllowed() {
        String url = Servers.get("embedded", false, "", s -> { }).jdbcUrl("postgres") + "?user=postgres&password=secret";

        EngineExecutionResults results = run(GoodHistory.class, Map.of("migrationtest.database", url));

        assertThat(message(results, "V1 create customers")).hasValue("@MigrationTest migrationtest.database points at an existing server ("
                + url.replace("secret", "***") + "). MigrationTest does not touch a server it did not start unless told to:"
                + " set migrationtest.external.allow=true. It then works only in a database it creates (migrationtest_<random>) and drops it afterwards.");
    }

    @Test
    void allowedExistingServerIsUsedOnlyInsideDatabasesTheHarnessCreatesAndDrops() throws SQLException {
        DatabaseServer server = Servers.get("embedded", false, "", s -> { });
        String url = server.jdbcUrl("postgres") + "?user=postgres";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS precious");
            s.execute("CREATE DATABASE precious");
        }
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("precious") + "?user=postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (note text); INSERT INTO customers VALUES ('keep me')");
        }

        EngineExecutionResults results = run(GoodHistory.class, Map.of("migrationtest.database", url, "migrationtest.external.allow", "true"));

        results.testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
        assertThat(databases(url)).contains("precious").noneMatch(name -> name.startsWith("migrationtest_"));
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("precious") + "?user=postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT note FROM customers")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("keep me");
        }
    }

    @Test
    void serverAllowedForOneClassIsStillRefusedToAClassThatDoesNotAllowIt() {
        String url = Servers.get("embedded", false, "", s -> { }).jdbcUrl("postgres") + "?user=postgres&ApplicationName=allowed-once";
        run(GoodHistory.class, Map.of("migrationtest.database", url, "migrationtest.external.allow", "true"))
                .testEvents().assertStatistics(s -> s.succeeded(3));

        EngineExecutionResults refused = run(GoodHistory.class, Map.of("migrationtest.database", url));

        assertThat(message(refused, "V1 create customers")).hasValueSatisfying(m -> assertThat(m)
                .startsWith("@MigrationTest migrationtest.database points at an existing server"));
    }

    @Test
    void autoFallsBackToEmbeddedWhenDockerDoesNotAnswer() {
        DockerDetector.Answer docker = DockerDetector.detect();
        EngineExecutionResults results = run(GoodHistory.class, Map.of("migrationtest.database", "auto"));

        results.testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
        if (!docker.available()) {
            assertThat(docker.reason()).isNotBlank();
        }
    }

    @Test
    void unknownDatabaseChoiceIsExplained() {
        EngineExecutionResults results = run(GoodHistory.class, Map.of("migrationtest.database", "oracle"));

        assertThat(message(results, "V1 create customers")).hasValueSatisfying(m -> assertThat(m).startsWith(
                "@MigrationTest migrationtest.database=oracle is not auto, embedded, docker, a jdbc:postgresql:// URL,"
                        + " or the name of a class implementing io.github.migrationtest.spi.DatabaseProvider with a public no-argument constructor"));
    }

    @Test
    @EnabledIf("dockerAnswers")
    void dockerPathRehearsesTheGoodHistory() {
        EngineExecutionResults results = run(GoodHistory.class, Map.of("migrationtest.database", "docker"));

        results.testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
    }

    static boolean dockerAnswers() {
        return DockerDetector.detect().available();
    }

    private static List<String> databases(String url) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo")
    static class GoodHistory {
        @EachMigration
        void step(MigrationStep step) {
        }
    }
}

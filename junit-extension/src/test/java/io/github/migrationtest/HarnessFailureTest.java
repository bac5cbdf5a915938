package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.testing.ConsoleCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * When the harness's own SQL fails (a fingerprint, a copy of the database), the step fails naming what the harness did,
 * where, who was in the way, and the setting or action that fixes it; the next step starts on a fresh copy.
 */
class HarnessFailureTest {

    @AfterEach
    void closeSessions() throws SQLException {
        for (Connection c : new Connection[] {OtherSession.held, LeavesConnectionOpen.left}) {
            if (c != null) {
                c.close();
            }
        }
        OtherSession.held = null;
        LeavesConnectionOpen.left = null;
    }

    @TempDir
    Path reports;

    @Test
    void lockHeldByAnotherSessionDuringAStepNamesTableSessionPhaseAndTheLockTimeoutKey() throws Exception {
        // GIVEN a session of someone else's that takes orders' ACCESS EXCLUSIVE lock just after V2 ran forward, and keeps it
        Map<String, String> configuration = Map.of("migrationtest.timeout.lock", "500ms", "migrationtest.report.directory", reports.toString());

        // WHEN the class runs
        ConsoleCapture.Captured<EngineExecutionResults> run = ConsoleCapture.of(() -> run(LockedAfterForward.class, configuration));

        // THEN V2 fails naming the fingerprint of public.orders after forward, the session and migrationtest.timeout.lock
        assertThat(message(run.result(), "V2 create orders")).hasValue("V2 create orders could not be rehearsed: the harness's own query"
                + " failed (the data fingerprint of public.orders after forward): canceling statement due to lock timeout (SQLSTATE 55P03)."
                + " Another session holds a lock on public.orders (pid " + OtherSession.pid + ": application \"other-session\", user postgres,"
                + " idle in transaction), and the harness gave up waiting for it after lock_timeout = 500 ms (migrationtest.timeout.lock)."
                + " That session is not the migration: end its transaction, or raise migrationtest.timeout.lock if it is expected to finish.");
        // AND V3 is rehearsed on a fresh copy, and the summary and both reports show the crash
        assertThat(outcome(run.result(), "V3 index email")).isEqualTo("SUCCESSFUL");
        String verdict = "FAILED: crashed (the data fingerprint of public.orders after forward failed, SQLSTATE 55P03)";
        assertThat(run.lines()).anyMatch(line -> line.startsWith("[migrationtest]   V2 create orders ") && line.endsWith(verdict))
                .contains("[migrationtest]   2 passed, 1 failed");
        Path dir = reports.resolve("LockedAfterForward");
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"outcome\": \"FAILED\",\n      \"summary\": \"" + verdict + "\",\n"
                + "      \"failure\": \"V2 create orders could not be rehearsed: the harness's own query failed");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<h2 class=\"FAILED\">V2 create orders</h2><p class=\"FAILED\">"
                + verdict + "</p><pre>V2 create orders could not be rehearsed:");
    }

    @Test
    void connectionLeftOpenOnTheStepsDatabaseNamesTheSessionAndWhatToClose() {
        // GIVEN a test that leaves a connection open to V1's database
        // WHEN the class runs
        EngineExecutionResults results = run(LeavesConnectionOpen.class);

        // THEN V2 fails when the harness copies that database, naming the session and what to do
        assertThat(message(results, "V2 create orders")).hasValue("V2 create orders could not be rehearsed: the harness's own query failed"
                + " (the copy of database " + LeavesConnectionOpen.database + " before forward): source database \"" + LeavesConnectionOpen.database
                + "\" is being accessed by other users (SQLSTATE 55006). CREATE DATABASE … TEMPLATE copies a database only while nobody else"
                + " is connected to it, but these sessions are connected (pid " + LeavesConnectionOpen.pid + ": application \"left-open\","
                + " user postgres, idle). Close every connection that the test, or the application it starts, opens to the step's database"
                + " before the test method returns: the harness copies that database before each step.");
        assertThat(outcome(results, "V3 index email")).isEqualTo("SUCCESSFUL");
    }

    /** A connection of its own to the database {@code like} is connected to, named {@code applicationName}. */
    static Connection otherSession(Connection like, String applicationName) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", like.getMetaData().getUserName());
        properties.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(like.getMetaData().getURL().split("\\?")[0], properties);
    }

    static int pid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** After the first forward run that created orders, another session locks it and keeps its transaction open. */
    public static class OtherSession extends BaseCallback {
        static Connection held;
        static int pid;

        @Override
        public void handle(Event event, Context context) {
            if (event != Event.AFTER_MIGRATE || held != null) {
                return;
            }
            try (Statement s = context.getConnection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT to_regclass('public.orders') IS NOT NULL")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    held = otherSession(context.getConnection(), "other-session");
                    held.setAutoCommit(false);
                    try (Statement lock = held.createStatement()) {
                        lock.execute("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE");
                    }
                    pid = pid(held);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo",
            flyway = "flyway.callbacks=io.github.migrationtest.HarnessFailureTest$OtherSession")
    static class LockedAfterForward {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo")
    static class LeavesConnectionOpen {
        static Connection left;
        static String database;
        static int pid;

        @EachMigration
        void step(MigrationStep step) throws SQLException {
            if (step.version().equals("1")) {
                try (Connection assertions = ((StepResult) step).postForwardDatabase().orElseThrow().getConnection()) {
                    left = otherSession(assertions, "left-open");
                    database = assertions.getCatalog();
                }
                pid = pid(left);
            }
        }
    }
}

package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.GoodHistory.messageWith;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.database.DiskSpace;
import io.github.migrationtest.internal.database.ServerLog;
import io.github.migrationtest.internal.database.Servers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Timeouts that would turn PostgreSQL's limit off are refused; a hanging migration fails once, naming the key to change. */
class TimeoutsTest {

    @Test
    void zeroStatementTimeoutIsRefusedBeforeAnyDatabaseStarts() {
        assertThat(messageWith("migrationtest.timeout.statement", "0s")).hasValue("@MigrationTest migrationtest.timeout.statement"
                + " must be longer than 0 ms and at most 24 days, e.g. 10m, but is \"0s\". PostgreSQL reads 0 as \"no timeout\","
                + " which would let a hanging migration stop the build for ever.");
    }

    @Test
    void negativeLockTimeoutIsRefused() {
        assertThat(messageWith("migrationtest.timeout.lock", "PT-5S")).hasValue("@MigrationTest migrationtest.timeout.lock"
                + " must be longer than 0 ms and at most 24 days, e.g. 30s, but is \"PT-5S\". PostgreSQL reads 0 as \"no timeout\","
                + " which would let a hanging migration stop the build for ever.");
    }

    @Test
    void zeroIdleInTransactionTimeoutAndZeroQueueWaitAreRefused() {
        assertThat(messageWith("migrationtest.timeout.idle-in-transaction", "0ms")).hasValueSatisfying(m ->
                assertThat(m).startsWith("@MigrationTest migrationtest.timeout.idle-in-transaction"
                        + " must be longer than 0 ms and at most 24 days, e.g. 2m, but is \"0ms\"."));
        assertThat(messageWith("migrationtest.locks.max-queue-wait", "0s")).hasValueSatisfying(m ->
                assertThat(m).startsWith("@MigrationTest migrationtest.locks.max-queue-wait"
                        + " must be longer than 0 ms and at most 24 days, e.g. 5s, but is \"0s\"."));
    }

    @Test
    void timeoutBeyondPostgresLimitIsRefused() {
        assertThat(messageWith("migrationtest.timeout.statement", "25000h")).hasValueSatisfying(m ->
                assertThat(m).startsWith("@MigrationTest migrationtest.timeout.statement"
                        + " must be longer than 0 ms and at most 24 days, e.g. 10m, but is \"25000h\"."));
    }

    @Test
    void hangingMigrationFailsOnceNamingTheKey() throws IOException {
        Path log = ServerLog.file(DiskSpace.dataDirectory(Servers.get("embedded", false, "", line -> { })).orElseThrow());
        long cancelledBefore = cancelledSleeps(log);
        Hangs.seen.clear();

        EngineExecutionResults results = run(Hangs.class, Map.of("migrationtest.timeout.statement", "3s"));

        assertThat(message(results, "V2 wait for ever")).hasValue("V2 wait for ever: forward migration failed: " + HISTORIES
                + "hangs/migration/V2__wait_for_ever.sql line 2: SQLSTATE 57014 canceling statement due to statement timeout"
                + " (in: SELECT pg_sleep(3600))\n"
                + "  It left nothing behind (its transaction was rolled back).\n"
                + "  PostgreSQL cancelled the statement after migrationtest.timeout.statement = 3s while the lock trace ran the script"
                + " on a copy of the database; the forward run was not started, so the hang cost one timeout, not two.\n"
                + "  If it needs that long on production-sized data, raise the limit (-Dmigrationtest.timeout.statement=6s);"
                + " if it waits for ever (a lock, a sleep, a loop), fix the statement.");
        assertThat(Hangs.seen).hasSize(2);
        assertThat(Hangs.seen.get(1).forwardTime()).isLessThan(Duration.ofSeconds(1));
        assertThat(cancelledSleeps(log) - cancelledBefore).as("statements the server cancelled after the timeout: one, not two").isEqualTo(1);
    }

    /** How often the server log says it cancelled the hanging statement ({@code STATEMENT:} follows each error). */
    private static long cancelledSleeps(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return java.util.stream.IntStream.range(1, lines.size())
                .filter(i -> lines.get(i - 1).contains("canceling statement due to statement timeout")
                        && String.join("\n", lines.subList(i, Math.min(lines.size(), i + 3))).contains("pg_sleep(3600)"))
                .count();
    }

    @MigrationTest(locations = HISTORIES + "hangs/migration", undoLocations = HISTORIES + "hangs/undo")
    static class Hangs {
        static final List<MigrationStep> seen = new ArrayList<>();

        @EachMigration
        void step(MigrationStep step) {
            seen.add(step);
        }
    }
}

package io.github.migrationtest.internal.locks;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One attempt of a probe, one round trip, timed in the server: first {@code LOCK TABLE … NOWAIT}, which succeeds at
 * once when no lock conflicts, so that a slow client or a starved CPU never counts as a wait; only when it fails does
 * the attempt wait (up to its lock_timeout), reading the server's clock before and after the wait and whether the
 * migration's backend held or queued a lock on the table in a mode that conflicts with the probe's. A lock the
 * migration only queues behind the probes themselves does not count: that wait is the probes' own (a probe descheduled
 * while it holds its brief lock), and it grows with the machine's load. Each lock is taken in a subtransaction that is
 * rolled back at once, so the probe holds it no longer than the server needs to take it.
 *
 * @param waited      false when the lock was free (NOWAIT took it)
 * @param granted     false when the wait ended by the lock_timeout
 * @param startMicros server clock (epoch µs) when the wait began; for a free lock, just before NOWAIT took it
 * @param endMicros   server clock when the lock was granted or the wait gave up
 * @param byMigration whether the migration's backend held or queued a conflicting lock on the table when the wait began
 * @param heldSince   server clock when the statement the migration's backend is running began, when {@code byMigration}
 *                    and that backend is active: the lock was held no later than that, whenever the probe got to run;
 *                    {@code startMicros} when it is idle in its transaction (waiting for its client, which a busy
 *                    machine slows, so that time is counted only from when the probe saw it)
 */
record ProbeAttempt(boolean waited, boolean granted, long startMicros, long endMicros, boolean byMigration,
                    long heldSince) {

    private static final String RESULT = "migrationtest-probe ";

    /** The wait this attempt measured in the server, zero when the lock was free. */
    long waitMicros() {
        return waited ? endMicros - startMicros : 0;
    }

    /** Runs one attempt on an autocommit statement; the result comes back as a notice of the same round trip. */
    static ProbeAttempt run(Statement s, String lockStatement, String table, LockMode mode, long timeoutMillis,
            String migrationApplication) throws SQLException {
        s.clearWarnings();
        s.execute(sql(lockStatement, table, mode, timeoutMillis, migrationApplication));
        for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
            if (w.getMessage() != null && w.getMessage().startsWith(RESULT)) {
                return parse(w.getMessage().substring(RESULT.length()));
            }
        }
        throw new SQLException("the probe attempt on " + table + " returned no result notice");
    }

    private static ProbeAttempt parse(String result) {
        String[] f = result.split(" ");
        if (f[0].equals("free")) {
            return new ProbeAttempt(false, true, Long.parseLong(f[1]), Long.parseLong(f[1]), false, 0);
        }
        long start = Long.parseLong(f[1]);
        return new ProbeAttempt(true, f[0].equals("granted"), start, Long.parseLong(f[2]), f[3].equals("t"),
                f[4].equals("-") ? start : Long.parseLong(f[4]));
    }

    /**
     * The attempt as one DO block. {@code lockStatement} is {@link ProbeStatement}'s: {@code LOCK TABLE …} (tried first with
     * NOWAIT) or, on relations LOCK TABLE refuses, {@code SELECT FROM … WHERE false} (run as PERFORM, tried first under a
     * 1 ms lock_timeout, the nearest a read has to NOWAIT).
     */
    private static String sql(String lockStatement, String table, LockMode mode, long timeoutMillis, String migrationApplication) {
        boolean read = lockStatement.startsWith("SELECT ");
        String lock = read ? "PERFORM " + lockStatement.substring("SELECT ".length()) : lockStatement;
        String nowait = read ? "PERFORM set_config('lock_timeout', '1ms', true); " + lock : lock + " NOWAIT";
        String now = "(extract(epoch FROM clock_timestamp()) * 1000000)::bigint";
        return "DO $probe$ DECLARE tf bigint; t0 bigint; t1 bigint; outcome text := 'free'; mine boolean; since bigint; BEGIN\n"
                + "  PERFORM set_config('client_min_messages', 'notice', true);\n"
                + "  tf := " + now + ";\n"
                + "  BEGIN " + nowait + "; RAISE EXCEPTION 'release';\n"
                + "  EXCEPTION WHEN lock_not_available THEN outcome := 'wait'; WHEN raise_exception THEN NULL; END;\n"
                + "  IF outcome = 'wait' THEN\n"
                + "    t0 := " + now + ";\n"
                + "    SELECT coalesce(bool_or(true), false), max((extract(epoch FROM a.query_start) * 1000000)::bigint)"
                + " FILTER (WHERE a.state = 'active') INTO mine, since"
                + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE a.application_name = "
                + literal(migrationApplication) + " AND l.locktype = 'relation' AND l.relation = " + literal(Tables.quote(table))
                + "::regclass AND l.mode IN (" + conflicting(mode) + ") AND (l.granted OR EXISTS (SELECT 1 FROM"
                + " pg_stat_activity b WHERE b.pid = ANY (pg_blocking_pids(l.pid)) AND b.application_name <> "
                + literal(Probe.APPLICATION_NAME) + "));\n"
                + "    BEGIN PERFORM set_config('lock_timeout', '" + timeoutMillis + "ms', true); " + lock + ";\n"
                + "      outcome := 'granted'; t1 := " + now + "; RAISE EXCEPTION 'release';\n"
                + "    EXCEPTION WHEN lock_not_available THEN outcome := 'timeout'; t1 := " + now + ";\n"
                + "      WHEN raise_exception THEN NULL; END;\n"
                + "  END IF;\n"
                + "  RAISE NOTICE '" + RESULT + "%', CASE WHEN outcome = 'free' THEN 'free ' || tf"
                + " ELSE outcome || ' ' || t0 || ' ' || t1 || ' ' || CASE WHEN mine THEN 't' ELSE 'f' END"
                + " || ' ' || coalesce(since::text, '-') END;\n"
                + "END $probe$";
    }

    /** The modes that make an ordinary read (ACCESS SHARE) or write (ROW EXCLUSIVE) wait, as pg_locks names them. */
    private static String conflicting(LockMode probe) {
        return Arrays.stream(LockMode.values())
                .filter(m -> probe == LockMode.ACCESS_SHARE ? m.blocksReads() : m.blocksWrites())
                .map(m -> literal(m.pgName())).collect(Collectors.joining(", "));
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

package io.github.migrationtest.internal.locks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One attempt of a probe, timed in the server: first {@code LOCK TABLE … NOWAIT}, which succeeds at once when no lock
 * conflicts, so that a slow client or a starved CPU never counts as a wait; only when it fails does the attempt wait
 * (up to its lock_timeout) and read the server's clock before and after the wait, and whether the migration's backend
 * held or queued a lock on the table at that moment.
 *
 * @param waited     false when the lock was free (NOWAIT took it)
 * @param granted    false when the wait ended by the lock_timeout
 * @param startMicros server clock (epoch µs) when the wait began
 * @param endMicros   server clock when the lock was granted or the wait gave up
 * @param byMigration whether the migration's backend held or queued a lock on the table when the wait began
 */
record ProbeAttempt(boolean waited, boolean granted, long startMicros, long endMicros, boolean byMigration) {

    static final ProbeAttempt FREE = new ProbeAttempt(false, true, 0, 0, false);
    private static final String RESULT = "migrationtest.probe";

    /** The wait this attempt measured in the server, zero when the lock was free. */
    long waitMicros() {
        return waited ? endMicros - startMicros : 0;
    }

    /** Runs one attempt in the statement's open transaction; the caller rolls it back. */
    static ProbeAttempt run(Statement s, String table, LockMode mode, long timeoutMillis, String migrationApplication)
            throws SQLException {
        s.execute(sql(table, mode, timeoutMillis, migrationApplication));
        try (ResultSet rs = s.executeQuery("SELECT current_setting('" + RESULT + "')")) {
            rs.next();
            return parse(rs.getString(1));
        }
    }

    private static ProbeAttempt parse(String result) {
        String[] f = result.split(" ");
        if (f[0].equals("free")) {
            return FREE;
        }
        return new ProbeAttempt(true, f[0].equals("granted"), Long.parseLong(f[1]), Long.parseLong(f[2]), f[3].equals("t"));
    }

    private static String sql(String table, LockMode mode, long timeoutMillis, String migrationApplication) {
        String lock = "LOCK TABLE " + Tables.quote(table) + " IN " + mode.sqlName() + " MODE";
        String now = "(extract(epoch FROM clock_timestamp()) * 1000000)::bigint";
        return "DO $probe$ DECLARE t0 bigint; outcome text := 'granted'; mine boolean; BEGIN\n"
                + "  BEGIN " + lock + " NOWAIT; outcome := 'free';\n"
                + "  EXCEPTION WHEN lock_not_available THEN\n"
                + "    t0 := " + now + ";\n"
                + "    SELECT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE a.application_name = "
                + literal(migrationApplication) + " AND l.locktype = 'relation' AND l.relation = " + literal(Tables.quote(table))
                + "::regclass) INTO mine;\n"
                + "    PERFORM set_config('lock_timeout', '" + timeoutMillis + "ms', true);\n"
                + "    BEGIN " + lock + "; EXCEPTION WHEN lock_not_available THEN outcome := 'timeout'; END;\n"
                + "  END;\n"
                + "  PERFORM set_config('" + RESULT + "', CASE WHEN outcome = 'free' THEN 'free' ELSE outcome || ' ' || t0 || ' ' || "
                + now + " || ' ' || CASE WHEN mine THEN 't' ELSE 'f' END END, true);\n"
                + "END $probe$";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

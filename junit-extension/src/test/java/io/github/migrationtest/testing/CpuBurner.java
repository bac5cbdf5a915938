package io.github.migrationtest.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Keeps the machine busy: more spinning Java threads than cores, and a backend of the same server looping in PL/pgSQL,
 * so that every query (the migration's, the probes', the harness's) waits for a CPU. Closing stops all of it.
 */
public final class CpuBurner implements AutoCloseable {

    private final List<Thread> spinners = new ArrayList<>();
    private final Connection looping;
    private final Statement loop;
    private final Thread backend;
    private volatile boolean burning = true;

    private CpuBurner(DataSource db, int threads) throws SQLException {
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::spin, "cpu-burner-" + i);
            t.setDaemon(true);
            spinners.add(t);
            t.start();
        }
        looping = db.getConnection();
        loop = looping.createStatement();
        backend = new Thread(() -> {
            try {
                loop.execute("SET statement_timeout = '5min'");
                loop.execute("DO $$BEGIN LOOP PERFORM md5(random()::text); END LOOP; END$$");
            } catch (SQLException cancelled) {
                // cancelled by close()
            }
        }, "cpu-burner-backend");
        backend.setDaemon(true);
        backend.start();
    }

    /** Starts twice as many spinning threads as the JVM has cores, plus one busy backend in {@code db}. */
    public static CpuBurner start(DataSource db) throws SQLException {
        return new CpuBurner(db, 2 * Runtime.getRuntime().availableProcessors());
    }

    private void spin() {
        long x = 1;
        while (burning) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        if (x == 42) {
            System.out.print("");
        }
    }

    @Override
    public void close() throws Exception {
        burning = false;
        loop.cancel();
        backend.join(10_000);
        for (Thread t : spinners) {
            t.join(10_000);
        }
        looping.close();
    }
}

package io.github.migrationtest.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fingerprint time of a 3,000,000-row table against {@code count(*)} of it (warm, median of three). Run with
 * {@code mvn -o -B -q -pl junit-extension -am test -Dgroups=benchmark -DexcludedTags= -Dtest=FingerprintBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class FingerprintBenchmark {

    private static final int ROWS = 3_000_000;

    @Test
    void fingerprintCostsAFewCountStars() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("create table orders (id bigint primary key, note text, amount numeric(12,2),"
                    + " placed_at timestamptz, quantity int)",
                    "insert into orders select g, 'order note ' || g, (g % 100000) / 100.0,"
                            + " timestamptz '2020-01-01' + g * interval '1 second',"
                            + " case when g % 10 = 0 then null else g % 1000 end from generate_series(1, " + ROWS + ") g",
                    "vacuum analyze orders");
            long count = medianMillis(() -> countStar(db));
            long fingerprint = medianMillis(() -> assertThat(db.fingerprint().table("public.orders").orElseThrow()
                    .rowCount()).isEqualTo(ROWS));
            System.out.printf(Locale.ROOT, "fingerprint.rows=%d%n", ROWS);
            System.out.printf(Locale.ROOT, "fingerprint.count_ms=%d%n", count);
            System.out.printf(Locale.ROOT, "fingerprint.fingerprint_ms=%d%n", fingerprint);
            System.out.printf(Locale.ROOT, "fingerprint.ratio_vs_count=%.2f%n", (double) fingerprint / count);
        }
    }

    private static void countStar(TestDb db) throws SQLException {
        try (Statement statement = db.connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from orders")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(ROWS);
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    /** One warm-up run, then the median of three. */
    private static long medianMillis(Run run) throws Exception {
        run.run();
        long[] millis = new long[3];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            run.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis[1];
    }
}

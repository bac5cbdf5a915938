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
 * Fingerprint time of a 3,000,000-row table against {@code count(*)} of it (warm, medians of seven interleaved rounds). Run with
 * {@code mvn -o -B -q -pl junit-extension -am test -Dgroups=benchmark -DexcludedTags= -Dtest=FingerprintBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class FingerprintBenchmark {

    private static final int ROWS = 3_000_000;
    private static final int ROUNDS = 7;

    /** The shop's 3M-row table, {@code order_items} (V4 of the sample history): keys, quantities and prices. */
    @Test
    void fingerprintOfTheShopsOrderItems() throws Exception {
        measure("order_items", "create table order_items (id bigint primary key, order_id bigint not null,"
                        + " product_id bigint not null, quantity int not null check (quantity > 0),"
                        + " unit_price numeric(10,2) not null check (unit_price >= 0))",
                "insert into order_items select g, 1 + g % 1000000, 1 + (g * 7) % 100000, 1 + g % 5,"
                        + " (g % 10000) / 100.0 from generate_series(1, " + ROWS + ") g");
    }

    /** A harder table: text, numeric, timestamptz and a nullable column beside the key. */
    @Test
    void fingerprintOfATableWithTextNumericAndTimestamps() throws Exception {
        measure("orders", "create table orders (id bigint primary key, note text, amount numeric(12,2),"
                        + " placed_at timestamptz, quantity int)",
                "insert into orders select g, 'order note ' || g, (g % 100000) / 100.0,"
                        + " timestamptz '2020-01-01' + g * interval '1 second',"
                        + " case when g % 10 = 0 then null else g % 1000 end from generate_series(1, " + ROWS + ") g");
    }

    private static void measure(String table, String create, String fill) throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute(create, fill, "vacuum analyze " + table);
            long[] medians = interleavedMedians(() -> countStar(db, table), () -> assertThat(db.fingerprint()
                    .table("public." + table).orElseThrow().rowCount()).isEqualTo(ROWS));
            String prefix = "fingerprint." + table + ".";
            System.out.printf(Locale.ROOT, "%srows=%d%n", prefix, ROWS);
            System.out.printf(Locale.ROOT, "%scount_ms=%d%n", prefix, medians[0]);
            System.out.printf(Locale.ROOT, "%sfingerprint_ms=%d%n", prefix, medians[1]);
            System.out.printf(Locale.ROOT, "%sratio_vs_count=%.2f%n", prefix, (double) medians[1] / medians[0]);
        }
    }

    private static void countStar(TestDb db, String table) throws SQLException {
        try (Statement statement = db.connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(ROWS);
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    /**
     * One warm-up run of each, then {@value #ROUNDS} rounds that run both side by side, so that a busy moment of the
     * machine hits both alike; the median of each.
     */
    private static long[] interleavedMedians(Run first, Run second) throws Exception {
        first.run();
        second.run();
        long[][] millis = new long[2][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            millis[0][round] = timed(first);
            millis[1][round] = timed(second);
        }
        Arrays.sort(millis[0]);
        Arrays.sort(millis[1]);
        return new long[] {millis[0][ROUNDS / 2], millis[1][ROUNDS / 2]};
    }

    private static long timed(Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}

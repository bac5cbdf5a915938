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
 * Fingerprint time of a 3,000,000-row table against {@code count(*)} of it (warm, medians of seven interleaved rounds),
 * with two floors for comparison (see {@link #measure}). Run with
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
                        + " (g % 10000) / 100.0 from generate_series(1, " + ROWS + ") g",
                "count(id), count(order_id), count(product_id), count(quantity), count(unit_price)",
                "bit_xor(hash_numeric_extended(unit_price, hashint4extended(quantity, hashint8extended(product_id,"
                        + " hashint8extended(order_id, id)))))");
    }

    /** A harder table: text, numeric, timestamptz and a nullable column beside the key. */
    @Test
    void fingerprintOfATableWithTextNumericAndTimestamps() throws Exception {
        measure("orders", "create table orders (id bigint primary key, note text, amount numeric(12,2),"
                        + " placed_at timestamptz, quantity int)",
                "insert into orders select g, 'order note ' || g, (g % 100000) / 100.0,"
                        + " timestamptz '2020-01-01' + g * interval '1 second',"
                        + " case when g % 10 = 0 then null else g % 1000 end from generate_series(1, " + ROWS + ") g",
                "count(id), count(note), count(amount), count(placed_at), count(quantity)",
                "bit_xor(hashint4extended(quantity, timestamp_hash_extended(placed_at AT TIME ZONE INTERVAL '00:00',"
                        + " hash_numeric_extended(amount, hashtextextended(note, id)))))");
    }

    /**
     * Besides the fingerprint, two floors of what a per-column fingerprint must do: read every column into one aggregate
     * of its own, without hashing ({@code floor_read_ratio}: a {@code count} per column), and hash every column, into
     * a single chained hash with one aggregate, which cannot tell the columns apart ({@code floor_one_hash_ratio}).
     */
    private static void measure(String table, String create, String fill, String plainAggregates, String chainedHash)
            throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute(create, fill, "vacuum analyze " + table);
            long[] medians = interleavedMedians(() -> countOf(db, "count(*)", table), () -> assertThat(db.fingerprint()
                    .table("public." + table).orElseThrow().rowCount()).isEqualTo(ROWS),
                    () -> countOf(db, "count(*), " + plainAggregates, table),
                    () -> countOf(db, "count(*), " + chainedHash, table));
            String prefix = "fingerprint." + table + ".";
            System.out.printf(Locale.ROOT, "%srows=%d%n", prefix, ROWS);
            System.out.printf(Locale.ROOT, "%scount_ms=%d%n", prefix, medians[0]);
            System.out.printf(Locale.ROOT, "%sfingerprint_ms=%d%n", prefix, medians[1]);
            System.out.printf(Locale.ROOT, "%sratio_vs_count=%.2f%n", prefix, (double) medians[1] / medians[0]);
            System.out.printf(Locale.ROOT, "%sfloor_read_ratio=%.2f%n", prefix, (double) medians[2] / medians[0]);
            System.out.printf(Locale.ROOT, "%sfloor_one_hash_ratio=%.2f%n", prefix, (double) medians[3] / medians[0]);
        }
    }

    private static void countOf(TestDb db, String select, String table) throws SQLException {
        try (Statement statement = db.connection.createStatement();
             ResultSet rs = statement.executeQuery("select " + select + " from " + table)) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(ROWS);
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    /**
     * One warm-up run of each, then {@value #ROUNDS} rounds that run all side by side, so that a busy moment of the
     * machine hits them alike; the median of each.
     */
    private static long[] interleavedMedians(Run... runs) throws Exception {
        for (Run run : runs) {
            run.run();
        }
        long[][] millis = new long[runs.length][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < runs.length; i++) {
                millis[i][round] = timed(runs[i]);
            }
        }
        long[] medians = new long[runs.length];
        for (int i = 0; i < runs.length; i++) {
            Arrays.sort(millis[i]);
            medians[i] = millis[i][ROUNDS / 2];
        }
        return medians;
    }

    private static long timed(Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}

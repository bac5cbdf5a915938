package io.github.migrationtest.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.data.TableShape.ColumnShape;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintQueryTest {

    @Test
    void wholeTableScanCountsRowsAndHashesEachColumnButCountsNoNulls() {
        // GIVEN a key that is NOT NULL and a column that is not
        ColumnShape id = new ColumnShape("id", "bigint", "int8", true, true);
        ColumnShape note = new ColumnShape("note", "text", "text", false, false);
        TableShape table = new TableShape("public", "orders", List.of(id, note), List.of("id"));
        // WHEN the fingerprint query is built
        String sql = new FingerprintQuery(table, List.of(ColumnPlan.asIs(id), ColumnPlan.asIs(note))).sql();
        // THEN it holds one aggregate per column and the row count, nothing more
        assertThat(sql).isEqualTo("""
                SELECT 0,
                       count(*),
                       bit_xor(hashint8extended((t."id"), (t."id")::int8)),
                       bit_xor(hashtextextended((t."note"), (t."id")::int8))
                FROM "public"."orders" AS t""");
    }

    @Test
    void countsNullsOnlyInColumnsThatMayHoldThem() {
        ColumnShape id = new ColumnShape("id", "bigint", "int8", true, true);
        ColumnShape note = new ColumnShape("note", "text", "text", false, false);
        TableShape table = new TableShape("public", "orders", List.of(id, note), List.of("id"));
        FingerprintQuery query = new FingerprintQuery(table, List.of(ColumnPlan.asIs(id), ColumnPlan.asIs(note)));
        assertThat(query.nullCountSql("id")).isNull();
        assertThat(query.nullCountSql("note"))
                .isEqualTo("SELECT count(*) FILTER (WHERE t.\"note\" IS NULL) FROM \"public\".\"orders\" AS t");
    }

    @Test
    void countsNullsOfACastEvenWhenTheColumnIsNotNull() {
        ColumnShape id = new ColumnShape("id", "integer", "int4", true, true);
        ColumnShape n = new ColumnShape("n", "bigint", "int8", true, true);
        TableShape table = new TableShape("public", "t", List.of(id, n), List.of("id"));
        FingerprintQuery query = new FingerprintQuery(table,
                List.of(ColumnPlan.asIs(id), ColumnPlan.cast(n, "integer", "int4")));
        assertThat(query.nullCountSql("n"))
                .isEqualTo("SELECT count(*) FILTER (WHERE (t.\"n\")::integer IS NULL) FROM \"public\".\"t\" AS t");
    }
}

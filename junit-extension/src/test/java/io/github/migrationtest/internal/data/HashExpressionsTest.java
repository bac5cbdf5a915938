package io.github.migrationtest.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The hash expressions, evaluated by the real server: equal values hash alike, different values differently. */
class HashExpressionsTest {

    private static final String SEED = "42";

    @Test
    void equalInstantsHashAlikeWhateverZoneTheyWereWrittenInOrTheSessionUses() throws Exception {
        try (TestDb db = new TestDb()) {
            Long utc = hashOf(db, "timestamptz '2024-03-31 00:30:00.123456+00'", "timestamptz");
            assertThat(hashOf(db, "timestamptz '2024-03-31 02:30:00.123456+02'", "timestamptz")).isEqualTo(utc);
            db.execute("SET TimeZone = 'Pacific/Chatham'");
            assertThat(hashOf(db, "timestamptz '2024-03-30 21:30:00.123456-03'", "timestamptz")).isEqualTo(utc);
        }
    }

    @Test
    void instantsOneMicrosecondApartHashDifferentlyAcrossTheWholeRange() throws Exception {
        try (TestDb db = new TestDb()) {
            for (String instant : new String[] {"4713-01-01 00:00:00+00 BC", "2000-01-01 00:00:00+00",
                    "2024-06-01 12:00:00.5+00", "294276-12-31 23:59:59.999998+00"}) {
                String value = "timestamptz '" + instant + "'";
                assertThat(hashOf(db, value + " + interval '1 microsecond'", "timestamptz"))
                        .as(instant).isNotEqualTo(hashOf(db, value, "timestamptz"));
            }
        }
    }

    @Test
    void infiniteInstantsHashToTwoDistinctValues() throws Exception {
        try (TestDb db = new TestDb()) {
            Long infinity = hashOf(db, "timestamptz 'infinity'", "timestamptz");
            Long minusInfinity = hashOf(db, "timestamptz '-infinity'", "timestamptz");
            assertThat(infinity).isNotNull();
            assertThat(minusInfinity).isNotNull().isNotEqualTo(infinity);
        }
    }

    @Test
    void widenedTypesHashEqualValuesAlike() throws Exception {
        try (TestDb db = new TestDb()) {
            assertThat(hashOf(db, "7::int2", "int2")).isEqualTo(hashOf(db, "7::int4", "int4"))
                    .isEqualTo(hashOf(db, "7::int8", "int8"));
            assertThat(hashOf(db, "'abc'::varchar(5)", "varchar")).isEqualTo(hashOf(db, "'abc'::text", "text"));
            assertThat(hashOf(db, "1.50::numeric(4,2)", "numeric")).isEqualTo(hashOf(db, "1.5::numeric(10,4)", "numeric"));
        }
    }

    @Test
    void nullHashesToNull() throws Exception {
        try (TestDb db = new TestDb()) {
            assertThat(hashOf(db, "NULL::timestamptz", "timestamptz")).isNull();
        }
    }

    private static Long hashOf(TestDb db, String value, String baseType) throws SQLException {
        try (Statement statement = db.connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT " + HashExpressions.hash(value, baseType, SEED))) {
            rs.next();
            long hash = rs.getLong(1);
            return rs.wasNull() ? null : hash;
        }
    }
}

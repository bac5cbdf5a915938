package io.github.migrationtest.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataFingerprinterTest {

    @Test
    void sameRowsInsertedInDifferentOrderHashAlike() throws Exception {
        try (TestDb db = new TestDb()) {
            // GIVEN two tables with the same rows, inserted in opposite order
            db.execute("create table a (id int primary key, name text, price numeric(8,2), seen timestamptz)",
                    "create table b (like a including all)",
                    "insert into a select g, 'n' || g, g / 7.0, timestamptz '2024-01-01' + g * interval '1 hour'"
                            + " from generate_series(1, 2000) g",
                    "insert into b select * from a order by id desc");
            // WHEN both are fingerprinted
            DatabaseFingerprint fingerprint = db.fingerprint();
            // THEN every column hashes alike
            TableFingerprint a = db.table(fingerprint, "public.a");
            TableFingerprint b = db.table(fingerprint, "public.b");
            assertThat(a.rowCount()).isEqualTo(2000);
            assertThat(a.keyColumns()).containsExactly("id");
            assertThat(b.columns()).isEqualTo(a.columns());
            assertThat(b.bucketRowCounts()).isEqualTo(a.bucketRowCounts());
        }
    }

    @Test
    void duplicateRowInKeylessTableChangesTheHash() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("create table a (name text, n int)", "create table b (name text, n int)",
                    "insert into a values ('x', 1), ('y', 2)", "insert into b values ('x', 1), ('y', 2), ('y', 2)");
            DatabaseFingerprint fingerprint = db.fingerprint();
            TableFingerprint a = db.table(fingerprint, "public.a");
            TableFingerprint b = db.table(fingerprint, "public.b");
            assertThat(a.keyColumns()).isEmpty();
            assertThat(b.rowCount()).isEqualTo(3);
            assertThat(b.column("name").orElseThrow().hash()).isNotEqualTo(a.column("name").orElseThrow().hash());
            assertThat(b.column("n").orElseThrow().hash()).isNotEqualTo(a.column("n").orElseThrow().hash());
        }
    }

    @Test
    void nullAndEmptyStringDiffer() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("create table a (id int primary key, v text)", "create table b (like a including all)",
                    "insert into a values (1, null), (2, 'x')", "insert into b values (1, ''), (2, 'x')");
            DatabaseFingerprint fingerprint = db.fingerprint();
            ColumnFingerprint a = db.table(fingerprint, "public.a").column("v").orElseThrow();
            ColumnFingerprint b = db.table(fingerprint, "public.b").column("v").orElseThrow();
            assertThat(NullCounter.count(db.connection, db.table(fingerprint, "public.a"), "v")).isEqualTo(1);
            assertThat(NullCounter.count(db.connection, db.table(fingerprint, "public.b"), "v")).isZero();
            assertThat(b.hash()).isNotEqualTo(a.hash());
        }
    }

    @Test
    void notNullColumnFingerprintsLikeTheSameValuesInANullableColumn() throws Exception {
        try (TestDb db = new TestDb()) {
            // GIVEN the same values in a NOT NULL column and in a nullable one
            db.execute("create table a (id int primary key, v text not null, at timestamptz not null)",
                    "create table b (id int primary key, v text, at timestamptz)",
                    "insert into a select g, 'v' || g, timestamptz '2024-01-01' + g * interval '1 microsecond'"
                            + " from generate_series(1, 100) g",
                    "insert into b select * from a");
            // WHEN both are fingerprinted
            DatabaseFingerprint fingerprint = db.fingerprint();
            // THEN the columns compare equal, none of them all NULL
            assertThat(db.table(fingerprint, "public.b").columns()).isEqualTo(db.table(fingerprint, "public.a").columns());
            assertThat(db.table(fingerprint, "public.a").columns().values()).noneMatch(ColumnFingerprint::allNull);
        }
    }

    @Test
    void countsNullsAgainOnceTheNotNullConstraintIsDropped() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("create table a (id int primary key, v text not null)", "insert into a values (1, 'x')",
                    "alter table a alter column v drop not null", "insert into a values (2, null)");
            assertThat(NullCounter.count(db.connection, db.table(db.fingerprint(), "public.a"), "v")).isEqualTo(1);
        }
    }

    @Test
    void knowsWithoutCountingThatAColumnHoldsOnlyNulls() throws Exception {
        try (TestDb db = new TestDb()) {
            // GIVEN a keyed and a keyless table, each with a column of only NULLs and one with a single NULL
            db.execute("create table a (id int primary key, empty text, partly text)",
                    "insert into a values (1, null, 'x'), (2, null, null)",
                    "create table b (empty int, partly int)", "insert into b values (null, 1), (null, null)");
            // WHEN they are fingerprinted
            DatabaseFingerprint fingerprint = db.fingerprint();
            // THEN only the columns without any value are all NULL
            for (String table : new String[] {"public.a", "public.b"}) {
                assertThat(db.table(fingerprint, table).column("empty").orElseThrow().allNull()).isTrue();
                assertThat(db.table(fingerprint, table).column("partly").orElseThrow().allNull()).isFalse();
                assertThat(NullCounter.withoutCounting(db.table(fingerprint, table), "empty")).isEqualTo(2);
            }
        }
    }

    @Test
    void valueMovedToAnotherRowChangesTheHash() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("create table a (id int primary key, v text)", "create table b (like a including all)",
                    "insert into a values (1, 'x'), (2, 'y')", "insert into b values (1, 'y'), (2, 'x')");
            DatabaseFingerprint fingerprint = db.fingerprint();
            assertThat(db.table(fingerprint, "public.b").column("v").orElseThrow().hash())
                    .isNotEqualTo(db.table(fingerprint, "public.a").column("v").orElseThrow().hash());
        }
    }

    @Test
    void ignoresNamedTablesAndUsesUniqueNotNullKeyWhenThereIsNoPrimaryKey() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("create schema app", "create table app.codes (code text not null unique, label text)",
                    "create table public.flyway_schema_history (version text)");
            DatabaseFingerprint fingerprint = new DataFingerprinter()
                    .take(db.connection, Set.of("public.flyway_schema_history"));
            assertThat(fingerprint.tables()).containsOnlyKeys("app.codes");
            assertThat(db.table(fingerprint, "app.codes").keyColumns()).containsExactly("code");
        }
    }

    @Test
    void failingCastFallsBackToTheColumnAsItIsAndSaysWhy() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("create table t (id int primary key, n bigint)", "insert into t values (1, 5), (2, 5000000000)");
            DatabaseFingerprint plain = db.fingerprint();
            db.connection.setAutoCommit(false);
            DatabaseFingerprint cast = db.fingerprint(Map.of("public.t.n", "integer"));
            db.connection.commit();
            ColumnFingerprint n = db.table(cast, "public.t").column("n").orElseThrow();
            assertThat(n.note()).isEqualTo("cannot cast to integer (integer out of range); compared as bigint");
            assertThat(n.comparedAs()).isEqualTo("bigint");
            assertThat(n.hash()).isEqualTo(db.table(plain, "public.t").column("n").orElseThrow().hash());
        }
    }

    @Test
    void hashesEveryCommonTypeIncludingInfiniteAndOddValues() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("create type mood as enum ('sad', 'happy')",
                    "create table t (k uuid primary key, d date, ts timestamptz, t timestamp, b bool, j jsonb,"
                            + " js json, m mood, arr int[], by bytea, f float8, c char(3), i interval, p point)",
                    "insert into t values (gen_random_uuid(), 'infinity', '-infinity', 'infinity', true, '{}', '[]',"
                            + " 'sad', '{1,2}', '\\x00', 'NaN', 'ab', '1 day', '(1,2)')");
            TableFingerprint t = db.table(db.fingerprint(), "public.t");
            assertThat(t.rowCount()).isEqualTo(1);
            assertThat(t.columns()).hasSize(14);
            assertThat(t.columns().values()).allSatisfy(c -> assertThat(c.hash()).isNotZero());
        }
    }
}

package io.github.migrationtest.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.data.TypeComparison.Verdict;
import io.github.migrationtest.internal.data.TypeComparison.Way;
import org.junit.jupiter.api.Test;

/** How the server says a retyped column compares with its old type, asked before any table is scanned. */
class TypeComparisonTest {

    @Test
    void typesWithACastBackCompareThroughIt() throws Exception {
        try (TestDb db = new TestDb()) {
            TypeComparison types = new TypeComparison(db.connection);

            assertThat(types.of("bigint", "integer")).isEqualTo(new Verdict(Way.CAST, null));
            assertThat(types.of("text", "uuid")).as("the I/O cast from text").isEqualTo(new Verdict(Way.CAST, null));
            assertThat(types.of("character varying(12)", "character varying(320)")).isEqualTo(new Verdict(Way.CAST, null));
        }
    }

    @Test
    void typesWithoutACastBackAreNotComparableAndSayWhatTheServerSaid() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("create type mood as enum ('sad', 'ok')");
            TypeComparison types = new TypeComparison(db.connection);

            assertThat(types.of("uuid", "bytea")).isEqualTo(new Verdict(Way.NONE, "cannot cast type uuid to bytea"));
            assertThat(types.of("text[]", "jsonb")).isEqualTo(new Verdict(Way.NONE, "cannot cast type text[] to jsonb"));
            assertThat(types.of("integer", "uuid")).isEqualTo(new Verdict(Way.NONE, "cannot cast type integer to uuid"));
            assertThat(types.of("smallint", "mood")).isEqualTo(new Verdict(Way.NONE, "cannot cast type smallint to mood"));
            assertThat(types.of("boolean", "mood")).isEqualTo(new Verdict(Way.NONE, "cannot cast type boolean to mood"));
        }
    }

    @Test
    void enumsAndCompositeTypesWithoutACastCompareByTheirTextFormAlsoWhenTheOldTypeIsGone() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("create type mood as enum ('sad', 'ok')", "create type feeling as enum ('sad', 'ok', 'happy')",
                    "create type pair as (a int, b text)", "create type couple as (a int, b text)");
            TypeComparison types = new TypeComparison(db.connection);

            assertThat(types.of("feeling", "mood")).isEqualTo(new Verdict(Way.TEXT_FORM, "cannot cast type feeling to mood"));
            assertThat(types.of("couple", "pair")).isEqualTo(new Verdict(Way.TEXT_FORM, "cannot cast type couple to pair"));
            assertThat(types.of("feeling", "dropped_mood"))
                    .isEqualTo(new Verdict(Way.TEXT_FORM, "type \"dropped_mood\" does not exist"));
            assertThat(types.of("uuid", "dropped_mood")).isEqualTo(new Verdict(Way.NONE, "type \"dropped_mood\" does not exist"));
        }
    }

    @Test
    void aFailedTrialLeavesAnOpenTransactionUsable() throws Exception {
        try (TestDb db = new TestDb()) {
            db.connection.setAutoCommit(false);
            TypeComparison types = new TypeComparison(db.connection);

            assertThat(types.of("uuid", "bytea").way()).isEqualTo(Way.NONE);
            db.execute("select 1");
            db.connection.rollback();
        }
    }
}

package io.github.migrationtest.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.internal.flyway.SqlStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StatementEffectsTest {

    @Test
    void reportsExactRowCountsOfEachDataChangingStatement() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("create table t (id int primary key, n int)");
            List<StatementEffect> effects = new StatementEffects(60).run(db.connection, List.of(
                    new SqlStatement(1, "insert into t select g, 0 from generate_series(1, 1000) g"),
                    new SqlStatement(3, "alter table t add column note text"),
                    new SqlStatement(4, "update t\n   set n = 1\n where id <= 250"),
                    new SqlStatement(7, "delete from t where id > 990")));
            assertThat(effects).extracting(StatementEffect::rowsAffected).containsExactly(OptionalLong.of(1000),
                    OptionalLong.empty(), OptionalLong.of(250), OptionalLong.of(10));
            assertThat(effects).extracting(StatementEffect::line).containsExactly(1, 3, 4, 7);
            assertThat(effects.get(2).headline()).isEqualTo("update t");
            assertThat(effects).allSatisfy(e -> assertThat(e.duration()).isPositive());
        }
    }

    @Test
    void failingStatementIsNamedByLine() throws Exception {
        try (TestDb db = new TestDb()) {
            assertThatThrownBy(() -> new StatementEffects(60).run(db.connection,
                    List.of(new SqlStatement(12, "update missing set x = 1"))))
                    .isInstanceOf(SQLException.class)
                    .hasMessage("statement at line 12 failed: update missing set x = 1: ERROR: relation \"missing\""
                            + " does not exist\n  Position: 8");
        }
    }
}

package io.github.migrationtest.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plans taken on the real server: parameters through GENERIC_PLAN (16+) and through the prepared statement that
 * PostgreSQL 15 needs, which the PostgreSQL 17 here accepts as well, so both paths run against a real planner.
 */
class PlanCaptureTest {

    private static final String QUERY = "select * from items where v = $1 and id > $2 order by id";
    private static DataSource db;

    @BeforeAll
    static void items() throws SQLException {
        db = TestDatabases.fresh();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE items (id bigint PRIMARY KEY, v int NOT NULL, note text)");
            s.execute("INSERT INTO items SELECT g, g % 1000, 'n' || g FROM generate_series(1, 20000) g");
            s.execute("CREATE INDEX items_v_idx ON items (v)");
            s.execute("ANALYZE items");
        }
    }

    @Test
    void parametersArePlannedGenericallyOnSixteenAndLater() throws SQLException {
        try (Connection c = PlanCapture.open(db)) {
            PlanNode plan = PlanNode.parse(new PlanCapture(17).explain(c, PlanSettings.PINNED, QUERY));

            assertThat(plan.shape()).containsExactly("Sort", "  Bitmap Heap Scan on public.items", "    Bitmap Index Scan using items_v_idx");
        }
    }

    @Test
    void fifteenPlansAPreparedStatementWithAForcedGenericPlanAndLeavesNothingPrepared() throws SQLException {
        try (Connection c = PlanCapture.open(db)) {
            String fifteen = new PlanCapture(15).explain(c, PlanSettings.PINNED, QUERY);
            String sixteen = new PlanCapture(17).explain(c, PlanSettings.PINNED, QUERY);

            assertThat(PlanNode.parse(fifteen).shape()).isEqualTo(PlanNode.parse(sixteen).shape());
            assertThat(PlanNode.parse(fifteen).cost()).isEqualTo(PlanNode.parse(sixteen).cost());
            assertThat(count(c, "SELECT count(*) FROM pg_prepared_statements")).isZero();
        }
    }

    @Test
    void fifteenDeallocatesAlsoWhenTheQueryCannotBePlanned() throws SQLException {
        try (Connection c = PlanCapture.open(db)) {
            assertThatThrownBy(() -> new PlanCapture(15).explain(c, PlanSettings.PINNED, "select * from items where missing = $1"))
                    .hasMessageContaining("column \"missing\" does not exist");
            assertThat(count(c, "SELECT count(*) FROM pg_prepared_statements")).isZero();
        }
    }

    @Test
    void settingsHoldForThePlanOnlyAndJitIsOff() throws SQLException {
        Map<String, String> planner = new LinkedHashMap<>(PlanSettings.PINNED);
        planner.put("enable_bitmapscan", "off");
        planner.put("random_page_cost", "1.1");
        try (Connection c = PlanCapture.open(db)) {
            PlanNode plan = PlanNode.parse(new PlanCapture(17).explain(c, planner, "select * from items where v = 7"));

            assertThat(plan.label()).isEqualTo("Index Scan using items_v_idx on public.items");
            assertThat(text(c, "SELECT current_setting('enable_bitmapscan') || ' ' || current_setting('random_page_cost')"))
                    .isEqualTo("on 4");
            assertThat(PlanSettings.PINNED).containsEntry("jit", "off").containsEntry("max_parallel_workers_per_gather", "0");
        }
    }

    @Test
    void aSettingTheServerRefusesNamesItself() throws SQLException {
        Map<String, String> planner = new LinkedHashMap<>(PlanSettings.PINNED);
        planner.put("random_page_cots", "1.1");
        try (Connection c = PlanCapture.open(db)) {
            assertThatThrownBy(() -> new PlanCapture(17).explain(c, planner, "select 1"))
                    .isInstanceOf(PlanCapture.SettingRefused.class)
                    .hasMessage("random_page_cots = '1.1': ERROR: unrecognized configuration parameter \"random_page_cots\"");
        }
    }

    @Test
    void countsParametersOutsideLiteralsAndComments() {
        assertThat(PlanCapture.parameters("select * from t where a = $1 and b = $3")).isEqualTo(3);
        assertThat(PlanCapture.parameters("select '$1', \"$2\" from t -- $4\n where c = 1 /* $5 */")).isZero();
        assertThat(List.of(PlanCapture.parameters("select $$ text $$"))).containsExactly(0);
    }

    private static long count(Connection c, String sql) throws SQLException {
        return Long.parseLong(text(c, sql));
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

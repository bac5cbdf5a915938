package io.github.migrationtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.assertj.MigrationAssertions;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The plan assertions, the query file and the reports, on the rehearsal of {@link PlannedShop}. */
class PlanAssertionsTest {

    @Test
    void queriesFromAFileArePlannedAfterTheAnnotatedOnes() {
        assertThat(step("2").plans()).extracting(QueryPlan::query).containsExactly("orders of a customer", "order by code",
                "cheap items", "order by exact code", "orders by lower code", "item by id");
        assertThat(step("2").plans().get(5).after()).get().extracting(PlanShape::nodes)
                .isEqualTo(java.util.List.of("Index Scan using items_pkey on public.items"));
    }

    @Test
    void keepsQueryPlansFailsUntilTheTestAllowsThePlanChange() {
        MigrationStep v4 = step("4");
        String failure = v4.verdict(Check.PLANS).message();
        assertThat(failure).startsWith("V4 code to char: ");

        assertThatThrownBy(() -> MigrationAssertions.assertThat(v4).keepsQueryPlans()).hasMessage(
                "\nExpecting V4 code to char to keep its query plans (PLANS) but it did not:\n" + failure.substring("V4 code to char: ".length()));
        MigrationAssertions.assertThat(v4).allowsPlanChange("order by code", "codes are always upper case").keepsQueryPlans();
        assertThat(v4.verdict(Check.PLANS)).isEqualTo(new Verdict(Check.PLANS, Verdict.Outcome.PASSED, "6 critical queries"
                + " planned, 1 with another plan\n  query \"order by code\" changed its plan, accepted: codes are always upper case"));
        assertThatThrownBy(() -> MigrationAssertions.assertThat(v4).allowsPlanChange("order by code", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queryAssertionsNameTheIndexesAndTheCosts() {
        MigrationAssertions.assertThat(step("2")).query("orders of a customer").usesIndex("orders_customer_created_idx");
        MigrationAssertions.assertThat(step("7")).query("orders of a customer").costsAtMost(20);

        assertThatThrownBy(() -> MigrationAssertions.assertThat(step("7")).query("orders of a customer")
                .usesIndex("orders_customer_created_idx")).hasMessage("\nExpecting query \"orders of a customer\" of"
                + " V7 drop customer and time index to use index orders_customer_created_idx after the migration but its plan uses no"
                + " index:\n  Limit\n    Sort\n      Seq Scan on public.orders");
        assertThatThrownBy(() -> MigrationAssertions.assertThat(step("7")).query("orders of a customer").costsAtMost(5))
                .hasMessage("\nExpecting query \"orders of a customer\" of V7 drop customer and time index to cost at most ×5.0"
                        + " its cost before the migration but its estimated cost grew from 55.18 to 695.33 (×12.60):\n"
                        + "  Limit\n    Sort\n      Seq Scan on public.orders");
        assertThatThrownBy(() -> MigrationAssertions.assertThat(step("7")).query("open orders")).hasMessage(
                "\nExpecting V7 drop customer and time index to have a critical query named \"open orders\" but the critical queries"
                        + " are: \"orders of a customer\", \"order by code\", \"cheap items\", \"order by exact code\","
                        + " \"orders by lower code\", \"item by id\"");
    }

    @Test
    void reportsCarryEveryPlanAndShowTheChangedOnesBeforeAndAfter() throws IOException {
        String json = Files.readString(PlannedShop.reports().resolve("report.json"));
        String html = Files.readString(PlannedShop.reports().resolve("report.html"));

        assertThat(json).contains("\"plannerSettings\": {\n          \"jit\": \"off\",")
                .contains("\"name\": \"orders of a customer\",\n            \"sql\": \"select * from orders where customer_id = $1"
                        + " order by created_at desc limit 20\",\n            \"changed\": true,")
                .contains("\"kind\": \"index-dropped\",");
        assertThat(html).contains("<h3>query \"orders of a customer\"</h3><pre>select * from orders where customer_id = $1"
                + " order by created_at desc limit 20</pre><table><tr><th>before</th><th>after</th><th>after the down script</th>"
                + "</tr><tr><td><pre>Limit\n  Sort\n    Bitmap Heap Scan on public.orders\n      Bitmap Index Scan using"
                + " orders_customer_created_idx\n\ncost 55.18, rows 15.0</pre></td><td><pre>Limit\n  Sort\n    Seq Scan on"
                + " public.orders\n\ncost 695.33, rows 15.0</pre></td>")
                .contains("<h3>query \"cheap items\" (unstable: a cost tie, not judged)</h3>");
    }

    @Test
    void theReportWithPlansFollowsTheDocumentedSchema() throws IOException {
        Object json = io.github.migrationtest.internal.JsonReader.read(Files.readString(PlannedShop.reports().resolve("report.json")));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> schema = (java.util.Map<String, Object>) io.github.migrationtest.internal.JsonReader.read(
                Files.readString(java.nio.file.Path.of("..", "docs", "report-schema.json")));

        assertThat(io.github.migrationtest.testing.SchemaCheck.problems(json, schema)).isEmpty();
    }

    private static MigrationStep step(String version) {
        return PlannedShop.step(version);
    }
}

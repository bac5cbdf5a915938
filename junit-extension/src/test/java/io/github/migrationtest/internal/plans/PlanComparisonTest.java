package io.github.migrationtest.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.PlanFinding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison of two plans as the server prints them in JSON, without a server. */
class PlanComparisonTest {

    private static final PlanContext BIG = new PlanContext(Map.of("public.orders", 1_000_000L, "public.tiny", 50L),
            Map.of("a_idx", "CREATE INDEX ON public.orders USING btree (a)", "b_idx", "CREATE INDEX ON public.orders USING btree (b)"),
            Map.of("b_idx", "CREATE INDEX ON public.orders USING btree (b)", "a2_idx", "CREATE INDEX ON public.orders USING btree (a)"),
            10_000, 2);

    @Test
    void indexOnlyScanBecomingAnIndexScanIsAWarning() {
        List<PlanFinding> findings = PlanComparison.compare(scan("Index Only Scan", "b_idx", 4.4), scan("Index Scan", "b_idx", 8.4), BIG);

        assertThat(findings).containsExactly(new PlanFinding("WARNING", "index-only-to-index", "reads the table again (index-only"
                + " scan lost): Index Only Scan using b_idx on public.orders → Index Scan using b_idx on public.orders (1,000,000 rows)"));
    }

    @Test
    void aTableReadWholeBeforeAndThroughAnIndexAfterIsInformation() {
        PlanNode before = PlanNode.parse(plan("{\"Node Type\": \"Seq Scan\", \"Relation Name\": \"orders\", \"Schema\": \"public\","
                + " \"Total Cost\": 900.0, \"Plan Rows\": 1}"));

        assertThat(PlanComparison.compare(before, scan("Index Scan", "b_idx", 8.4), BIG)).containsExactly(new PlanFinding("INFO",
                "index-used", "uses an index now: Seq Scan on public.orders → Index Scan using b_idx on public.orders (1,000,000 rows)"));
    }

    @Test
    void aRenamedCopyOfADroppedIndexIsNoError() {
        List<PlanFinding> findings = PlanComparison.compare(scan("Index Scan", "a_idx", 8.4), scan("Index Scan", "a2_idx", 8.4), BIG);

        assertThat(findings).extracting(PlanFinding::severity, PlanFinding::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("INFO", "other-index"));
    }

    @Test
    void aDroppedIndexIsAnErrorEvenWhenAnotherIndexCostsAsLittle() {
        List<PlanFinding> findings = PlanComparison.compare(scan("Index Scan", "a_idx", 8.4), scan("Index Scan", "b_idx", 8.5), BIG);

        assertThat(findings).extracting(PlanFinding::kind).containsExactly("index-dropped", "other-index");
    }

    @Test
    void aLostIndexOnATinyTableIsOnlyInformation() {
        PlanNode before = PlanNode.parse(plan("{\"Node Type\": \"Index Scan\", \"Relation Name\": \"tiny\", \"Schema\": \"public\","
                + " \"Index Name\": \"b_idx\", \"Total Cost\": 1.0, \"Plan Rows\": 1}"));
        PlanNode after = PlanNode.parse(plan("{\"Node Type\": \"Seq Scan\", \"Relation Name\": \"tiny\", \"Schema\": \"public\","
                + " \"Total Cost\": 9.0, \"Plan Rows\": 1}"));

        assertThat(PlanComparison.compare(before, after, BIG)).extracting(PlanFinding::severity).containsExactly("INFO");
    }

    @Test
    void newSortNewHashAndAnotherJoinMethodAreWarningsAndInformation() {
        PlanNode before = PlanNode.parse(plan(join("Nested Loop", "")));
        PlanNode after = PlanNode.parse(plan("{\"Node Type\": \"Sort\", \"Total Cost\": 30.0, \"Plan Rows\": 5, \"Plans\": ["
                + join("Hash Join", ", {\"Node Type\": \"Hash\", \"Total Cost\": 2.0, \"Plan Rows\": 5}") + "]}"));

        assertThat(PlanComparison.compare(before, after, BIG)).extracting(PlanFinding::severity, PlanFinding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WARNING", "now sorts (0 → 1 such nodes)"),
                org.assertj.core.groups.Tuple.tuple("WARNING", "now builds a hash table (0 → 1 such nodes)"),
                org.assertj.core.groups.Tuple.tuple("INFO", "joins differently: Nested Loop → Hash Join"));
    }

    @Test
    void costGrowthPastTheFactorOnABigTableIsAnError() {
        List<PlanFinding> findings = PlanComparison.compare(scan("Index Scan", "b_idx", 10), scan("Index Scan", "b_idx", 25), BIG);

        assertThat(findings).containsExactly(new PlanFinding("ERROR", "cost-growth", "costs more than ×2 as much as before"));
    }

    @Test
    void unknownNodeTypesAndFieldsAreKeptAsTheyAreNamed() {
        PlanNode node = PlanNode.parse(plan("{\"Node Type\": \"Custom Scan\", \"Custom Plan Provider\": \"x\", \"Total Cost\": 1e2,"
                + " \"Plan Rows\": 3, \"Relation Name\": \"t\", \"Schema\": \"s\", \"Flags\": [true, false, null]}"));

        assertThat(node.label()).isEqualTo("Custom Scan on s.t");
        assertThat(Access.of(node)).singleElement().extracting(Access::kind).isEqualTo(Access.Kind.OTHER);
        assertThat(node.cost()).isEqualTo(100);
    }

    private static PlanNode scan(String type, String index, double cost) {
        return PlanNode.parse(plan("{\"Node Type\": \"" + type + "\", \"Relation Name\": \"orders\", \"Schema\": \"public\","
                + " \"Index Name\": \"" + index + "\", \"Total Cost\": " + cost + ", \"Plan Rows\": 1}"));
    }

    private static String join(String type, String more) {
        return "{\"Node Type\": \"" + type + "\", \"Join Type\": \"Inner\", \"Total Cost\": 20.0, \"Plan Rows\": 5, \"Plans\": ["
                + "{\"Node Type\": \"Index Scan\", \"Relation Name\": \"tiny\", \"Schema\": \"public\", \"Index Name\": \"t_pkey\","
                + " \"Total Cost\": 1.0, \"Plan Rows\": 5}" + more + "]}";
    }

    private static String plan(String node) {
        return "[{\"Plan\": " + node + ", \"Planning\": {\"Shared Hit Blocks\": 0}}]";
    }
}

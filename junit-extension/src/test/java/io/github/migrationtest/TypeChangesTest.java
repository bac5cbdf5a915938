package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Columns retyped with {@code ALTER … TYPE … USING} to a type that has no cast back to the old one are reported as
 * not compared forward, and compared exactly on the round trip (the down script brings the old type back) and on the
 * second forward run (same type on both sides). The type-changes history: 300 items, V2 bytea → uuid, V3 jsonb →
 * text[], V4 uuid → integer, V5 an enum → smallint, V6 an enum → boolean, V7 an enum → a new enum with the same
 * labels, V8 integer → uuid whose down script puts other values back, V9 a primary key uuid → integer, V10 that key back to uuid
 * while a row is inserted.
 */
class TypeChangesTest {

    private static final String NOT_COMPARED = ". The round trip compares its values once the down script has brought"
            + " the old type back; to check the new values, assert them in the test: assertThat(step).table(\"items\")";
    private static EngineExecutionResults results;

    @BeforeAll
    static void rehearse() {
        results = run(TypeChanges.class);
    }

    @Test
    void retypedColumnsWithoutACastBackAreReportedAsNotComparedAndTheStepsPass() {
        results.testEvents().assertStatistics(s -> s.started(10).succeeded(9).failed(1));
        assertThat(TypeChanges.seen.subList(1, 6)).extracting(s -> s.dataChanges().size()).containsOnly(1);
        assertThat(TypeChanges.seen.subList(1, 6)).flatExtracting(MigrationStep::dataChanges)
                .extracting(DataChange::comparison, DataChange::kind, DataChange::place, DataChange::isLoss, DataChange::message)
                .containsExactly(
                        notCompared("token", "bytea", "uuid"),
                        notCompared("tags", "jsonb", "text[]"),
                        notCompared("ref", "uuid", "integer"),
                        notCompared("mood", "mood", "smallint"),
                        notCompared("active", "answer", "boolean"));
    }

    @Test
    void roundTripAndSecondForwardRunStillCompareTheRetypedColumns() {
        assertThat(TypeChanges.seen.subList(1, 6)).allSatisfy(step -> assertThat(step.verdicts())
                .filteredOn(v -> v.check().name().startsWith("DATA")).extracting(Verdict::toString)
                .containsExactly("DATA_PRESERVED PASSED", "DATA_RESTORED PASSED", "DATA_REPRODUCED PASSED"));
    }

    @Test
    void enumRecreatedUnderANewNameIsComparedByItsLabels() {
        MigrationStep v7 = TypeChanges.seen.get(6);

        assertThat(v7.schemaChanges()).extracting(SchemaDifference::toString)
                .contains("column public.items.size: public.size → public.garment_size");
        assertThat(v7.dataChanges()).isEmpty();
    }

    @Test
    void downScriptThatPutsOtherValuesBackAfterANotComparableTypeChangeFailsTheRoundTripAndTheSecondRun() {
        String secondRun = IntStream.rangeClosed(1, 10).mapToObj(i -> "id=" + i + ": '" + uuid(i) + "' → '" + uuid(i + 1) + "'")
                .collect(Collectors.joining(", "));
        assertThat(message(results, "V8 ref back to uuid")).hasValue(String.join("\n", "V8 ref back to uuid failed 2 checks:",
                "V8 ref back to uuid: down script does not restore data: public.items.ref differs in about 300 of 300 rows;"
                        + " e.g. id=1: 1 → 2, id=2: 2 → 3, id=3: 3 → 4, id=4: 4 → 5, id=5: 5 → 6, id=6: 6 → 7, id=7: 7 → 8,"
                        + " id=8: 8 → 9, id=9: 9 → 10, id=10: 10 → 11. Make the down script put these values back (a column"
                        + " dropped by the migration comes back empty; keep a copy of its data in the migration if it must be"
                        + " reversible).",
                "V8 ref back to uuid: forward migration is not repeatable: public.items.ref differs in about 300 of 300 rows;"
                        + " e.g. " + secondRun + ". Make the backfill idempotent: compute the new value from its source"
                        + " columns, not from its own current value."));
    }

    /** md5(n::text)::uuid, as V8 computes it. */
    private static String uuid(int n) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Integer.toString(n).getBytes(StandardCharsets.US_ASCII)));
            return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-"
                    + hex.substring(20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void keyRetypedWithoutACastBackIsReportedAsRowsThatCannotBeMatched() {
        MigrationStep v9 = TypeChanges.seen.get(8);

        assertThat(v9.dataChanges()).extracting(DataChange::kind, DataChange::isLoss, DataChange::message).containsExactly(
                tuple(DataChange.Kind.KEY_CHANGED, false, "data not compared: values of public.sessions: its row key [id]"
                        + " changed type (uuid → integer), so rows cannot be matched by key"));
        assertThat(v9.verdicts()).allMatch(v -> v.outcome() == Verdict.Outcome.PASSED, "passed");
    }

    @Test
    void rowsInsertedWhileTheKeyIsRetypedAreMatchedByTheirOtherColumns() {
        MigrationStep v10 = TypeChanges.seen.get(9);

        assertThat(v10.dataChanges()).extracting(DataChange::kind, DataChange::isLoss, DataChange::message).containsExactly(
                tuple(DataChange.Kind.ROWS_ADDED, false, "migration keeps data: public.sessions gains 1 row (50 → 51), none lost"),
                tuple(DataChange.Kind.KEY_CHANGED, false, "data not compared: values of public.sessions: its row key [id]"
                        + " changed type (integer → uuid), so rows cannot be matched by key"));
        assertThat(v10.verdicts()).allMatch(v -> v.outcome() == Verdict.Outcome.PASSED, "passed");
    }

    private static org.assertj.core.groups.Tuple notCompared(String column, String before, String after) {
        return tuple(DataChange.Comparison.FORWARD, DataChange.Kind.NOT_COMPARABLE, "public.items." + column, false,
                "data not compared: public.items." + column + " changed type from " + before + " to " + after
                        + " (cannot cast type " + after + " to " + before + ")" + NOT_COMPARED + ".column(\"" + column
                        + "\").isDerivedFrom(\"…\")");
    }

    @MigrationTest(locations = "classpath:histories/type-changes/migration", undoLocations = "classpath:histories/type-changes/undo")
    static class TypeChanges {
        static final List<MigrationStep> seen = new CopyOnWriteArrayList<>();

        @EachMigration
        void rehearsed(MigrationStep step) {
            seen.add(step);
        }
    }
}

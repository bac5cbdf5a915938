package io.github.migrationtest.internal.locks;

import static io.github.migrationtest.internal.locks.LockMode.ACCESS_EXCLUSIVE;
import static io.github.migrationtest.internal.locks.LockMode.SHARE;
import static io.github.migrationtest.internal.locks.LockMode.SHARE_ROW_EXCLUSIVE;
import static io.github.migrationtest.internal.locks.LockMode.SHARE_UPDATE_EXCLUSIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LockRulesTest {

    private static final long BIG = 400_000;
    private static final String TIMEOUT = "SET lock_timeout = '2s'";

    @Test
    void createIndexMessageNamesMeasuredBlockedWritesAndTheSafeRecipe() {
        // GIVEN the probes measured 212 ms of blocked writes on orders during the step
        List<TracedStatement> trace = Traces.transactional().on(TIMEOUT, SHARE_UPDATE_EXCLUSIVE, BIG)
                .on("CREATE INDEX orders_status_idx ON orders (status)", SHARE, BIG).list();
        ProbeReport probes = new ProbeReport(List.of(new TableBlocking(Traces.ORDERS, Duration.ofMillis(1),
                Duration.ofMillis(212), 60, true)));

        // WHEN
        List<LockFinding> findings = LockRules.check(trace, LockPolicy.DEFAULTS, probes, null);

        // THEN
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.measuredBlocking()).contains(Duration.ofMillis(212));
            assertThat(f.message()).isEqualTo("""
                    CREATE INDEX orders_status_idx blocked writes to public.orders (400,000 rows) for 212 ms \
                    (SHARE lock).
                      Use CREATE INDEX CONCURRENTLY in a migration of its own (executeInTransaction=false). \
                    [rule: create-index-without-concurrently]""");
        });
    }

    @Test
    void withoutMeasurementTheMessageSaysWhatTheLockBlocks() {
        List<LockFinding> findings = Traces.transactional().on(TIMEOUT, SHARE_UPDATE_EXCLUSIVE, BIG)
                .on("create unique index orders_status_idx on orders (status)", SHARE, 25_000).check();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.measuredBlocking()).isEmpty();
            assertThat(f.message()).isEqualTo("""
                    create unique index orders_status_idx blocks writes to public.orders (25,000 rows) until its \
                    transaction commits (SHARE lock).
                      Use CREATE INDEX CONCURRENTLY in a migration of its own (executeInTransaction=false). \
                    [rule: create-index-without-concurrently]""");
        });
    }

    @Test
    void severityGrowsWithProductionSize() {
        assertThat(severityOfCreateIndexOn(9_999)).isEqualTo(Severity.INFO);
        assertThat(severityOfCreateIndexOn(10_000)).isEqualTo(Severity.WARNING);
        assertThat(severityOfCreateIndexOn(100_000)).isEqualTo(Severity.ERROR);
    }

    @Test
    void createIndexConcurrentlyAndIndexOnNewTableAreFine() {
        assertThat(Traces.nonTransactional().on(TIMEOUT, SHARE_UPDATE_EXCLUSIVE, BIG)
                .on("CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status)", SHARE_UPDATE_EXCLUSIVE, BIG)
                .ruleIds()).isEmpty();
        assertThat(Traces.transactional().add("CREATE INDEX t_idx ON new_table (a)",
                List.of(new TracedLock("public.new_table", true, SHARE, false, 0)), Set.of(), Map.of())
                .ruleIds()).isEmpty();
    }

    @Test
    void dropIndexNeedsConcurrently() {
        assertThat(withTimeout().on("DROP INDEX orders_status_idx", ACCESS_EXCLUSIVE, BIG).ruleIds())
                .containsExactly(DropIndexWithoutConcurrently.ID);
        assertThat(Traces.nonTransactional().on(TIMEOUT, SHARE_UPDATE_EXCLUSIVE, BIG)
                .on("DROP INDEX CONCURRENTLY orders_status_idx", SHARE_UPDATE_EXCLUSIVE, BIG).ruleIds()).isEmpty();
    }

    @Test
    void constraintNeedsNotValid() {
        String fk = "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
                + " REFERENCES customers (id)";
        Map<String, List<List<String>>> indexed = Map.of(Traces.ORDERS, List.of(List.of("customer_id")));
        List<TracedLock> lock = List.of(TracedLock.onExistingTable(Traces.ORDERS, SHARE_ROW_EXCLUSIVE, BIG));

        List<LockFinding> dangerous = withTimeout().add(fk, lock, Set.of(), indexed).check();
        assertThat(dangerous).extracting(LockFinding::ruleId).containsExactly(ConstraintWithoutNotValid.ID);
        assertThat(dangerous.get(0).recipe()).isEqualTo("""
                Add it NOT VALID, then validate it in a separate transaction, which lets reads and writes go on:
                    %s NOT VALID;
                    ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;""".formatted(fk));
        assertThat(withTimeout().add(fk + " NOT VALID", lock, Set.of(), indexed)
                .on("ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk", SHARE_UPDATE_EXCLUSIVE, BIG)
                .ruleIds()).isEmpty();
        assertThat(withTimeout().on("ALTER TABLE orders ADD CHECK (amount >= 0)", ACCESS_EXCLUSIVE, BIG).ruleIds())
                .contains(ConstraintWithoutNotValid.ID);
    }

    @Test
    void setNotNullNeedsValidatedCheckFirst() {
        assertThat(withTimeout().on("ALTER TABLE orders ALTER COLUMN status SET NOT NULL", ACCESS_EXCLUSIVE, BIG)
                .ruleIds()).contains(SetNotNullByScan.ID);
        assertThat(Traces.nonTransactional().on(TIMEOUT, SHARE_UPDATE_EXCLUSIVE, BIG)
                .on("ALTER TABLE orders ADD CONSTRAINT status_nn CHECK (status IS NOT NULL) NOT VALID",
                        ACCESS_EXCLUSIVE, BIG)
                .on("ALTER TABLE orders VALIDATE CONSTRAINT status_nn", SHARE_UPDATE_EXCLUSIVE, BIG)
                .on("ALTER TABLE orders ALTER COLUMN status SET NOT NULL", ACCESS_EXCLUSIVE, BIG)
                .ruleIds()).doesNotContain(SetNotNullByScan.ID, ConstraintWithoutNotValid.ID);
        assertThat(Traces.nonTransactional().on(TIMEOUT, SHARE_UPDATE_EXCLUSIVE, BIG)
                .on("ALTER TABLE orders ADD CONSTRAINT status_nn CHECK (status IS NOT NULL) NOT VALID",
                        ACCESS_EXCLUSIVE, BIG)
                .on("ALTER TABLE orders ALTER COLUMN status SET NOT NULL", ACCESS_EXCLUSIVE, BIG)
                .ruleIds()).as("a NOT VALID check proves nothing").contains(SetNotNullByScan.ID);
    }

    @Test
    void typeChangeIsReportedOnlyWhenItRewrote() {
        assertThat(withTimeout().rewriting("ALTER TABLE orders ALTER COLUMN amount TYPE bigint", ACCESS_EXCLUSIVE,
                BIG).ruleIds()).containsExactly(TypeChangeRewrite.ID);
        assertThat(withTimeout().on("ALTER TABLE orders ALTER COLUMN status TYPE text", ACCESS_EXCLUSIVE, BIG)
                .ruleIds()).isEmpty();
    }

    @Test
    void varcharLimitThatRewroteIsItsOwnRule() {
        List<LockFinding> findings = withTimeout().rewriting(
                "ALTER TABLE orders ALTER COLUMN status TYPE varchar(10)", ACCESS_EXCLUSIVE, BIG).check();
        assertThat(findings).extracting(LockFinding::ruleId).containsExactly(VarcharShrink.ID);
        assertThat(findings.get(0).recipe()).contains("CHECK (char_length(status) <= 10) NOT VALID");
        assertThat(withTimeout().on("ALTER TABLE orders ALTER COLUMN status TYPE varchar(100)", ACCESS_EXCLUSIVE, BIG)
                .ruleIds()).isEmpty();
    }

    @Test
    void uniqueConstraintShouldUseAnIndexBuiltConcurrently() {
        List<LockFinding> findings = withTimeout().on(
                "ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE (status, amount)", ACCESS_EXCLUSIVE, BIG)
                .check();
        assertThat(findings).extracting(LockFinding::ruleId).containsExactly(UniqueConstraintBuildsIndex.ID);
        assertThat(findings.get(0).recipe()).isEqualTo("""
                Build the index first, then attach it:
                    CREATE UNIQUE INDEX CONCURRENTLY orders_code_key_idx ON orders (status, amount);  -- a migration \
                of its own
                    ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE USING INDEX orders_code_key_idx;""");
        assertThat(withTimeout().on("ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE USING INDEX ok_idx",
                ACCESS_EXCLUSIVE, BIG).ruleIds()).isEmpty();
    }

    @Test
    void addColumnIsReportedOnlyWhenItRewrote() {
        assertThat(withTimeout().rewriting("ALTER TABLE orders ADD COLUMN noise float8 DEFAULT random()",
                ACCESS_EXCLUSIVE, BIG).ruleIds()).containsExactly(RewriteByVolatileDefault.ID);
        assertThat(withTimeout().on("ALTER TABLE orders ADD COLUMN flag int DEFAULT 5", ACCESS_EXCLUSIVE, BIG)
                .ruleIds()).isEmpty();
    }

    @Test
    void accessExclusiveFollowedByMoreStatementsInOneTransaction() {
        List<LockFinding> findings = withTimeout()
                .on("ALTER TABLE orders ADD COLUMN flag int", ACCESS_EXCLUSIVE, BIG)
                .add("UPDATE customers SET name = upper(name)", List.of(), Set.of(), Map.of())
                .check();
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("""
                ALTER TABLE orders ADD COLUMN flag int takes ACCESS EXCLUSIVE on public.orders (400,000 rows) and \
                1 more statement run in the same transaction (10 ms on the rehearsal clone): reads and writes wait \
                until the commit.
                  Move this statement to the end of the migration or into a migration of its own. \
                [rule: statements-after-access-exclusive]"""));
        assertThat(withTimeout().add("UPDATE customers SET name = upper(name)", List.of(), Set.of(), Map.of())
                .on("ALTER TABLE orders ADD COLUMN flag int", ACCESS_EXCLUSIVE, BIG).ruleIds()).isEmpty();
    }

    @Test
    void accessExclusiveFollowedOnlyByQuickCatalogChangesIsAWarningNotAnError() {
        List<LockFinding> catalogOnly = withTimeout()
                .on("ALTER TABLE orders ADD COLUMN note text", ACCESS_EXCLUSIVE, BIG)
                .add("COMMENT ON COLUMN orders.note IS 'update me at checkout'", List.of(), Set.of(), Map.of())
                .check();
        List<LockFinding> rewriteAfter = withTimeout()
                .on("ALTER TABLE orders ADD COLUMN note text", ACCESS_EXCLUSIVE, BIG)
                .add("ALTER TABLE orders ALTER COLUMN total TYPE numeric(14,2)", List.of(), Set.of(Traces.ORDERS), Map.of())
                .check();

        assertThat(catalogOnly).singleElement().extracting(LockFinding::severity).isEqualTo(Severity.WARNING);
        assertThat(rewriteAfter).filteredOn(f -> f.ruleId().equals(StatementsAfterAccessExclusive.ID))
                .singleElement().extracting(LockFinding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void longStatementsAreNamedByTheirFirstTwelveWordsAndAnEllipsis() {
        List<LockFinding> findings = withTimeout().on("ALTER TABLE customers ALTER COLUMN first_name SET NOT NULL,"
                + " ALTER COLUMN last_name SET NOT NULL", ACCESS_EXCLUSIVE, BIG)
                .add("UPDATE customers SET name = upper(name)", List.of(), Set.of(), Map.of()).check();

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).startsWith(
                "ALTER TABLE customers ALTER COLUMN first_name SET NOT NULL, ALTER COLUMN last_name … takes"));
    }

    @Test
    void vacuumFullAndClusterAreReported() {
        assertThat(Traces.nonTransactional().on(TIMEOUT, SHARE_UPDATE_EXCLUSIVE, BIG)
                .on("VACUUM FULL orders", ACCESS_EXCLUSIVE, BIG).ruleIds())
                .containsExactly(VacuumFullOrCluster.ID);
        assertThat(Traces.nonTransactional().on(TIMEOUT, SHARE_UPDATE_EXCLUSIVE, BIG)
                .on("CLUSTER orders USING orders_pkey", ACCESS_EXCLUSIVE, BIG).ruleIds())
                .containsExactly(VacuumFullOrCluster.ID);
        assertThat(Traces.nonTransactional().on(TIMEOUT, SHARE_UPDATE_EXCLUSIVE, BIG)
                .on("VACUUM orders", SHARE_UPDATE_EXCLUSIVE, BIG).ruleIds()).isEmpty();
    }

    @Test
    void foreignKeyNeedsAnIndexLeadingWithItsColumns() {
        String fk = "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
                + " REFERENCES customers (id) NOT VALID";
        List<TracedLock> lock = List.of(TracedLock.onExistingTable(Traces.ORDERS, SHARE_ROW_EXCLUSIVE, BIG));

        List<LockFinding> findings = withTimeout()
                .add(fk, lock, Set.of(), Map.of(Traces.ORDERS, List.of(List.of("id"), List.of("status", "customer_id"))))
                .check();
        assertThat(findings).extracting(LockFinding::ruleId).containsExactly(ForeignKeyWithoutIndex.ID);
        assertThat(findings.get(0).recipe()).isEqualTo("CREATE INDEX CONCURRENTLY orders_customer_id_idx ON"
                + " public.orders (customer_id);  -- in a migration of its own");
        assertThat(withTimeout().add(fk, lock, Set.of(),
                Map.of(Traces.ORDERS, List.of(List.of("customer_id", "status")))).ruleIds()).isEmpty();
    }

    @Test
    void dangerousLockWithoutEarlierLockTimeoutIsAWarning() {
        List<LockFinding> findings = Traces.transactional()
                .on("ALTER TABLE orders ADD COLUMN flag int", ACCESS_EXCLUSIVE, 5).check();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(MissingLockTimeout.ID);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(withTimeout().on("ALTER TABLE orders ADD COLUMN flag int", ACCESS_EXCLUSIVE, 5).ruleIds())
                .isEmpty();
        assertThat(Traces.transactional().on("SET lock_timeout = 0", SHARE_UPDATE_EXCLUSIVE, 5)
                .on("ALTER TABLE orders ADD COLUMN flag int", ACCESS_EXCLUSIVE, 5).ruleIds())
                .as("lock_timeout = 0 means no timeout").containsExactly(MissingLockTimeout.ID);
    }

    private static Severity severityOfCreateIndexOn(long rows) {
        return withTimeout().on("CREATE INDEX i ON orders (status)", SHARE, rows).check().get(0).severity();
    }

    private static Traces withTimeout() {
        return Traces.transactional().add(TIMEOUT, List.of(), Set.of(), Map.of());
    }
}

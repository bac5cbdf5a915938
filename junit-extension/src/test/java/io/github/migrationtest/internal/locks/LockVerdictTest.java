package io.github.migrationtest.internal.locks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockVerdictTest {

    @Test
    void failsAStepThatBlockedWritesOfAnExistingTableLongerThanTheDefault() {
        ProbeReport probes = new ProbeReport(List.of(
                new TableBlocking("public.orders", Duration.ofMillis(3), Duration.ofMillis(212), 50, true),
                new TableBlocking("public.created", Duration.ZERO, Duration.ofMillis(900), 50, false)));

        LockVerdict verdict = LockVerdict.judge(probes, List.of(), LockPolicy.DEFAULTS);

        assertThat(verdict.failures()).containsExactly("""
                Expecting reads and writes of public.orders to be blocked at most 100 ms, but reads were blocked \
                3 ms and writes 212 ms.
                  See the lock findings of this step for the statement and its safe recipe, or raise the limit \
                for this step.""");
    }

    @Test
    void failsOnErrorFindingsOnlyAndPassesShortBlocks() {
        ProbeReport probes = new ProbeReport(List.of(
                new TableBlocking("public.orders", Duration.ofMillis(3), Duration.ofMillis(100), 50, true)));
        List<LockFinding> findings = LockRules.check(Traces.transactional()
                .on("SET lock_timeout = '1s'", LockMode.SHARE_UPDATE_EXCLUSIVE, 0)
                .on("CREATE INDEX a_idx ON orders (status)", LockMode.SHARE, 100_000)
                .on("CREATE INDEX b_idx ON orders (status)", LockMode.SHARE, 99_999).list(),
                LockPolicy.DEFAULTS, probes, null);

        LockVerdict verdict = LockVerdict.judge(probes, findings, LockPolicy.DEFAULTS);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.failures()).singleElement().asString()
                .startsWith("ERROR at line 2: CREATE INDEX a_idx blocked writes to public.orders (100,000 rows) for"
                        + " 100 ms (SHARE lock).");
    }
}

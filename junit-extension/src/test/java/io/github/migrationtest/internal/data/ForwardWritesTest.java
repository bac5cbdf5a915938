package io.github.migrationtest.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.flyway.SqlStatement;
import io.github.migrationtest.internal.locks.LockMode;
import io.github.migrationtest.internal.locks.StepTrace;
import io.github.migrationtest.internal.locks.TracedLock;
import io.github.migrationtest.internal.locks.TracedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which relations the forward script may write, as its lock trace tells, and when the trace cannot tell. */
class ForwardWritesTest {

    private static final SqlStatement UPDATE = new SqlStatement(1, "UPDATE orders SET total = total FROM customers");
    private static final TracedStatement TRACED = new TracedStatement(UPDATE, List.of(
            lock("public.orders", LockMode.ROW_EXCLUSIVE), lock("public.customers", LockMode.ACCESS_SHARE),
            lock("public.audit", LockMode.ACCESS_EXCLUSIVE)), Set.of(), Duration.ZERO, true, Map.of());

    @Test
    void relationsLockedMoreStronglyThanAccessShareAreWritten() {
        StepTrace trace = new StepTrace(List.of(UPDATE), true, Map.of(), List.of(TRACED), "");

        assertThat(ForwardWrites.of(trace)).hasValue(Set.of("public.orders", "public.audit"));
    }

    @Test
    void traceThatDidNotRunCannotTell() {
        StepTrace failed = new StepTrace(List.of(UPDATE), true, Map.of(), List.of(), "lock trace failed: boom");
        StepTrace empty = new StepTrace(List.of(UPDATE), true, Map.of(), List.of(), "");

        assertThat(ForwardWrites.of(failed)).isEmpty();
        assertThat(ForwardWrites.of(empty)).isEmpty();
    }

    @Test
    void scriptOutsideOneTransactionTellsToo() {
        StepTrace trace = new StepTrace(List.of(UPDATE), false, Map.of(), List.of(TRACED), "");

        assertThat(ForwardWrites.of(trace)).hasValue(Set.of("public.orders", "public.audit"));
    }

    private static TracedLock lock(String table, LockMode mode) {
        return new TracedLock(table, true, mode, true, 100);
    }
}

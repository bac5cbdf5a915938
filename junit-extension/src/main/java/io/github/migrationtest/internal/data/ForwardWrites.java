package io.github.migrationtest.internal.data;

import io.github.migrationtest.internal.locks.LockMode;
import io.github.migrationtest.internal.locks.StepTrace;
import io.github.migrationtest.internal.locks.TracedLock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The relations whose rows the forward script may change, read from its lock trace: PostgreSQL changes rows only under
 * ROW EXCLUSIVE or a stronger lock (DDL and TRUNCATE take stronger ones), and the trace holds every lock of the
 * migration's backend, triggers and functions included, until the end of its transaction. So a relation locked in no
 * mode, or only in ACCESS SHARE, kept its rows.
 */
final class ForwardWrites {

    private ForwardWrites() {
    }

    /**
     * Qualified names ({@code schema.table}, as the trace names them after the script) of every relation the trace saw
     * locked more strongly than ACCESS SHARE; empty when the trace did not run. A script that does not run in one
     * transaction is traced one transaction per statement, so its locks are seen as well; only the statements that
     * must run outside a transaction are sampled, and none of them changes rows.
     */
    static Optional<Set<String>> of(StepTrace trace) {
        if (!trace.problem().isEmpty() || trace.traced().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(trace.traced().stream().flatMap(statement -> statement.locks().stream())
                .filter(lock -> lock.mode() != LockMode.ACCESS_SHARE).map(TracedLock::relation)
                .collect(Collectors.toUnmodifiableSet()));
    }
}

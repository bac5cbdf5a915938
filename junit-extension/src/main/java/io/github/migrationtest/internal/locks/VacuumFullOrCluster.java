package io.github.migrationtest.internal.locks;

import java.util.Optional;

/** {@code VACUUM FULL} and {@code CLUSTER} rewrite the whole table under ACCESS EXCLUSIVE. */
final class VacuumFullOrCluster extends StatementRule {

    static final String ID = "vacuum-full-or-cluster";

    @Override
    Optional<LockFinding> check(RuleContext context, TracedStatement statement) {
        if (!SqlText.matches(statement.sql(), "^(VACUUM \\(?[^)]*\\bFULL\\b|CLUSTER\\b)")) {
            return Optional.empty();
        }
        return context.existingTableLock(statement, Optional.empty())
                .filter(lock -> lock.mode().blocksWrites())
                .map(lock -> context.blocking(ID, statement, lock, SqlText.wordsBefore(statement.sql(), "USING", 4),
                        "Do not rewrite tables in a migration; rebuild online with pg_repack or pg_squeeze,"
                                + " outside the deploy."));
    }
}

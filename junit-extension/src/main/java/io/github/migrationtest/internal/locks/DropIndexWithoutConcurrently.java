package io.github.migrationtest.internal.locks;

import java.util.Optional;

/** {@code DROP INDEX} without {@code CONCURRENTLY} takes ACCESS EXCLUSIVE on the index's table. */
final class DropIndexWithoutConcurrently extends StatementRule {

    static final String ID = "drop-index-without-concurrently";

    @Override
    Optional<LockFinding> check(RuleContext context, TracedStatement statement) {
        if (!SqlText.matches(statement.sql(), "^DROP INDEX (?!CONCURRENTLY\\b)")) {
            return Optional.empty();
        }
        return context.existingTableLock(statement, Optional.empty())
                .filter(lock -> lock.mode().blocksWrites())
                .map(lock -> context.blocking(ID, statement, lock, SqlText.wordsBefore(statement.sql(), "CASCADE", 5),
                        "Use DROP INDEX CONCURRENTLY in a migration of its own (executeInTransaction=false)."));
    }
}

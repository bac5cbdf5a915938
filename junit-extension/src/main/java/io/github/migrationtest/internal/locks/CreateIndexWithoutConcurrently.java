package io.github.migrationtest.internal.locks;

import java.util.Optional;

/** {@code CREATE INDEX} without {@code CONCURRENTLY} on an existing table takes SHARE: writes wait for the build. */
final class CreateIndexWithoutConcurrently extends StatementRule {

    static final String ID = "create-index-without-concurrently";

    @Override
    Optional<LockFinding> check(RuleContext context, TracedStatement statement) {
        Optional<String> table = SqlText.find(statement.sql(),
                "^CREATE (?:UNIQUE )?INDEX (?!CONCURRENTLY\\b).*?\\bON (?:ONLY )?" + SqlText.NAME);
        return table.flatMap(t -> context.existingTableLock(statement, table))
                .filter(lock -> lock.mode().blocksWrites())
                .map(lock -> context.blocking(ID, statement, lock, SqlText.wordsBefore(statement.sql(), "ON", 5),
                        "Use CREATE INDEX CONCURRENTLY in a migration of its own (executeInTransaction=false)."));
    }
}

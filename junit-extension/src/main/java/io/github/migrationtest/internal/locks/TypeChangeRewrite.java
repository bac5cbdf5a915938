package io.github.migrationtest.internal.locks;

import java.util.Optional;

/** {@code ALTER COLUMN … TYPE} that rewrote the table (seen by its {@code relfilenode}) under ACCESS EXCLUSIVE. */
final class TypeChangeRewrite extends StatementRule {

    static final String ID = "type-change-rewrite";

    @Override
    Optional<LockFinding> check(RuleContext context, TracedStatement statement) {
        Optional<String> column = SqlText.find(statement.sql(), "\\bALTER (?:COLUMN )?(\\S+) (?:SET DATA )?TYPE\\b");
        Optional<String> target = SqlText.alterTableTarget(statement.sql());
        if (column.isEmpty() || target.isEmpty() || !statement.rewrote(target.get())
                || VarcharShrink.isVarcharLimit(statement)) {
            return Optional.empty();
        }
        return context.existingTableLock(statement, target)
                .map(lock -> context.blocking(ID, statement, lock, subject(statement) + " rewrote the table and",
                        "Add a new column of the new type, backfill it in batches, switch the application to it,"
                                + " then drop " + column.get() + " in a later release (expand and contract)."));
    }
}

package io.github.migrationtest.internal.locks;

import java.util.Optional;

/**
 * {@code ADD COLUMN} that rewrote the table: a volatile default ({@code random()}, {@code clock_timestamp()},
 * {@code gen_random_uuid()}), a serial or a stored generated column.
 */
final class RewriteByVolatileDefault extends StatementRule {

    static final String ID = "rewrite-by-volatile-default";

    @Override
    Optional<LockFinding> check(RuleContext context, TracedStatement statement) {
        Optional<String> column = SqlText.find(statement.sql(), "\\bADD (?:COLUMN )?(?:IF NOT EXISTS )?(\\S+)");
        Optional<String> target = SqlText.alterTableTarget(statement.sql());
        if (column.isEmpty() || target.isEmpty() || !statement.rewrote(target.get())
                || SqlText.matches(statement.sql(), "\\bADD (CONSTRAINT|PRIMARY|UNIQUE|FOREIGN|CHECK)\\b")) {
            return Optional.empty();
        }
        return context.existingTableLock(statement, target)
                .map(lock -> context.blocking(ID, statement, lock, subject(statement) + " rewrote the table and",
                        "Add the column without a default (or with a constant one), backfill it in batches, then"
                                + " ALTER TABLE " + target.get() + " ALTER COLUMN " + column.get()
                                + " SET DEFAULT … for new rows."));
    }
}

package io.github.migrationtest.internal.locks;

import java.util.Optional;

/** Adding a FOREIGN KEY or CHECK to an existing table validates every row while holding a blocking lock. */
final class ConstraintWithoutNotValid extends StatementRule {

    static final String ID = "constraint-without-not-valid";

    @Override
    Optional<LockFinding> check(RuleContext context, TracedStatement statement) {
        String sql = statement.sql();
        if (!SqlText.matches(sql, "\\bADD (CONSTRAINT \\S+ )?(FOREIGN KEY|CHECK)\\b")
                || SqlText.matches(sql, "\\bNOT VALID\\b")) {
            return Optional.empty();
        }
        Optional<String> target = SqlText.alterTableTarget(sql);
        String name = SqlText.find(sql, "\\bADD CONSTRAINT " + SqlText.NAME).orElse("<constraint name>");
        return target.flatMap(t -> context.existingTableLock(statement, target))
                .filter(lock -> lock.mode().blocksWrites())
                .map(lock -> context.blocking(ID, statement, lock, subject(statement),
                        "Add it NOT VALID, then validate it in a separate transaction, which lets reads and writes"
                                + " go on:\n    " + SqlText.clean(sql) + " NOT VALID;\n    ALTER TABLE "
                                + target.get() + " VALIDATE CONSTRAINT " + name + ";"));
    }
}

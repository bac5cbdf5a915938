package io.github.migrationtest.internal.locks;

import java.util.Optional;

/** A type change to {@code varchar(n)} that rewrote the table: a new or lower length limit, checked row by row. */
final class VarcharShrink extends StatementRule {

    static final String ID = "varchar-shrink";
    private static final String VARCHAR_LIMIT =
            "\\bALTER (?:COLUMN )?(\\S+) (?:SET DATA )?TYPE (?:varchar|character varying) ?\\((\\d+)\\)";

    static boolean isVarcharLimit(TracedStatement statement) {
        return SqlText.matches(statement.sql(), VARCHAR_LIMIT);
    }

    @Override
    Optional<LockFinding> check(RuleContext context, TracedStatement statement) {
        Optional<String> column = SqlText.find(statement.sql(), VARCHAR_LIMIT);
        Optional<String> limit = SqlText.find(statement.sql(), VARCHAR_LIMIT.replace("(\\S+)", "\\S+"));
        Optional<String> target = SqlText.alterTableTarget(statement.sql());
        if (column.isEmpty() || target.isEmpty() || !statement.rewrote(target.get())) {
            return Optional.empty();
        }
        return context.existingTableLock(statement, target)
                .map(lock -> context.blocking(ID, statement, lock,
                        subject(statement) + " lowered or added a length limit, rewrote the table and",
                        "Keep the type and enforce the limit with a constraint, validated in its own transaction:\n"
                                + "    ALTER TABLE " + target.get() + " ADD CONSTRAINT " + column.get()
                                + "_length CHECK (char_length(" + column.get() + ") <= " + limit.get()
                                + ") NOT VALID;\n    ALTER TABLE " + target.get() + " VALIDATE CONSTRAINT "
                                + column.get() + "_length;"));
    }
}

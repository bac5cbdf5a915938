package io.github.migrationtest.internal.locks;

import java.util.Optional;

/** {@code ADD UNIQUE} / {@code ADD PRIMARY KEY} builds its index under ACCESS EXCLUSIVE. */
final class UniqueConstraintBuildsIndex extends StatementRule {

    static final String ID = "unique-constraint-builds-index";

    @Override
    Optional<LockFinding> check(RuleContext context, TracedStatement statement) {
        String sql = statement.sql();
        Optional<String> kind = SqlText.find(sql, "\\bADD (?:CONSTRAINT \\S+ )?(UNIQUE|PRIMARY KEY)\\b");
        if (kind.isEmpty() || SqlText.matches(sql, "\\bUSING INDEX\\b")) {
            return Optional.empty();
        }
        Optional<String> target = SqlText.alterTableTarget(sql);
        String name = SqlText.find(sql, "\\bADD CONSTRAINT " + SqlText.NAME).orElse("<constraint name>");
        String columns = SqlText.find(sql, "(?:UNIQUE|PRIMARY KEY) \\(([^)]*)\\)").orElse("<columns>");
        return target.flatMap(t -> context.existingTableLock(statement, target))
                .filter(lock -> lock.mode().blocksWrites())
                .map(lock -> context.blocking(ID, statement, lock, subject(statement),
                        "Build the index first, then attach it:\n    CREATE UNIQUE INDEX CONCURRENTLY " + name
                                + "_idx ON " + target.get() + " (" + columns + ");  -- a migration of its own\n"
                                + "    ALTER TABLE " + target.get() + " ADD CONSTRAINT " + name + " "
                                + kind.get().toUpperCase(java.util.Locale.ROOT) + " USING INDEX " + name + "_idx;"));
    }
}

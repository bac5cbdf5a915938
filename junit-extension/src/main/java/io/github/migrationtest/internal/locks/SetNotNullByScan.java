package io.github.migrationtest.internal.locks;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code SET NOT NULL} scans the whole table under ACCESS EXCLUSIVE unless a validated
 * {@code CHECK (column IS NOT NULL)} earlier in the migration proves it.
 */
final class SetNotNullByScan extends StatementRule {

    static final String ID = "set-not-null-by-scan";

    @Override
    Optional<LockFinding> check(RuleContext context, TracedStatement statement) {
        Optional<String> column = SqlText.find(statement.sql(), "\\bALTER (?:COLUMN )?(\\S+) SET NOT NULL\\b");
        Optional<String> target = SqlText.alterTableTarget(statement.sql());
        if (column.isEmpty() || target.isEmpty()
                || provenByCheck(context.trace().subList(0, context.trace().indexOf(statement)), column.get())) {
            return Optional.empty();
        }
        String table = target.get();
        String check = Tables.normalize(table).replaceAll(".*\\.", "") + "_" + column.get() + "_not_null";
        return context.existingTableLock(statement, target)
                .filter(lock -> lock.mode().blocksWrites())
                .map(lock -> context.blocking(ID, statement, lock, subject(statement),
                        "Prove it with a CHECK first, each step in its own transaction:\n    ALTER TABLE " + table
                                + " ADD CONSTRAINT " + check + " CHECK (" + column.get() + " IS NOT NULL) NOT VALID;\n"
                                + "    ALTER TABLE " + table + " VALIDATE CONSTRAINT " + check + ";\n    ALTER TABLE "
                                + table + " ALTER COLUMN " + column.get() + " SET NOT NULL;  -- no scan now\n"
                                + "    ALTER TABLE " + table + " DROP CONSTRAINT " + check + ";"));
    }

    /** True when an earlier statement added {@code CHECK (column IS NOT NULL)} and it is validated. */
    private static boolean provenByCheck(List<TracedStatement> earlier, String column) {
        String checkRegex = "\\bADD CONSTRAINT (\\S+) CHECK \\(\\s*\"?" + Pattern.quote(column) + "\"? IS NOT NULL\\s*\\)";
        for (int i = 0; i < earlier.size(); i++) {
            String sql = earlier.get(i).sql();
            Optional<String> name = SqlText.find(sql, checkRegex);
            if (name.isPresent() && (!SqlText.matches(sql, "\\bNOT VALID\\b")
                    || validatedLater(earlier.subList(i + 1, earlier.size()), name.get()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean validatedLater(List<TracedStatement> later, String constraint) {
        return later.stream().anyMatch(t -> SqlText.matches(t.sql(),
                "\\bVALIDATE CONSTRAINT " + Pattern.quote(constraint) + "\\b"));
    }
}

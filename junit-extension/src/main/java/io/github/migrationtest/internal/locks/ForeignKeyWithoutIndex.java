package io.github.migrationtest.internal.locks;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A foreign key whose referencing columns no index leads with: every DELETE or key UPDATE on the referenced table
 * scans the referencing table.
 */
final class ForeignKeyWithoutIndex extends StatementRule {

    static final String ID = "foreign-key-without-index";

    @Override
    Optional<LockFinding> check(RuleContext context, TracedStatement statement) {
        String sql = statement.sql();
        Optional<String> table = SqlText.alterTableTarget(sql)
                .or(() -> SqlText.find(sql, "^CREATE TABLE (?:IF NOT EXISTS )?" + SqlText.NAME));
        Optional<String> columns = SqlText.find(sql, "\\bFOREIGN KEY \\(([^)]+)\\)")
                .or(() -> SqlText.find(sql, "(?:\\bADD (?:COLUMN )?|[(,] ?)(\\w+) [\\w ()]*?\\bREFERENCES\\b"));
        if (table.isEmpty() || columns.isEmpty()) {
            return Optional.empty();
        }
        List<String> fk = Arrays.stream(columns.get().split(",")).map(Tables::normalize).toList();
        Optional<TracedLock> lock = statement.locks().stream()
                .filter(l -> l.table() && Tables.sameTable(l.relation(), table.get()))
                .findFirst();
        return lock.filter(l -> !covered(statement.indexes().getOrDefault(l.relation(), List.of()), fk))
                .map(l -> context.finding(ID, statement, l, context.policy().severityFor(l.rows()),
                        "The foreign key on " + l.relation() + " (" + String.join(", ", fk) + ") has no index that"
                                + " starts with these columns (" + RuleContext.size(l.rows()) + "): every DELETE or"
                                + " key UPDATE on the referenced table scans " + l.relation() + ".",
                        "CREATE INDEX CONCURRENTLY " + l.relation().replaceAll(".*\\.", "") + "_"
                                + String.join("_", fk) + "_idx ON " + l.relation() + " (" + String.join(", ", fk)
                                + ");  -- in a migration of its own", null));
    }

    private static boolean covered(List<List<String>> indexes, List<String> fk) {
        Set<String> wanted = new HashSet<>(fk);
        return indexes.stream().anyMatch(index -> index.size() >= fk.size()
                && new HashSet<>(index.subList(0, fk.size())).equals(wanted));
    }
}

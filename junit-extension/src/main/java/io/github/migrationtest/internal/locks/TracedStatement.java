package io.github.migrationtest.internal.locks;

import io.github.migrationtest.internal.flyway.SqlStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One statement of a migration as the {@link LockTrace} saw it.
 *
 * @param locks         the strongest lock per relation, held right after the statement ran
 * @param rewritten     relations whose storage was rewritten ({@code relfilenode} changed)
 * @param duration      how long the statement ran on the rehearsal clone
 * @param transactional true when the real step runs all its statements in one transaction
 * @param indexes       per locked table, the column lists of its valid indexes after the whole migration
 * @param updateCount   the row count the server reported for the statement; empty when it reported none
 */
public record TracedStatement(SqlStatement statement, List<TracedLock> locks, Set<String> rewritten,
                              Duration duration, boolean transactional, Map<String, List<List<String>>> indexes,
                              OptionalLong updateCount) {

    public TracedStatement(SqlStatement statement, List<TracedLock> locks, Set<String> rewritten, Duration duration,
                           boolean transactional, Map<String, List<List<String>>> indexes) {
        this(statement, locks, rewritten, duration, transactional, indexes, OptionalLong.empty());
    }

    public TracedStatement {
        locks = List.copyOf(locks);
        rewritten = Set.copyOf(rewritten);
        indexes = Map.copyOf(indexes);
    }

    public Optional<TracedLock> lockOn(String relation) {
        return locks.stream().filter(l -> Tables.sameTable(l.relation(), relation)).findFirst();
    }

    /** True when the table (named with or without schema) was rewritten. */
    public boolean rewrote(String table) {
        return rewritten.stream().anyMatch(r -> Tables.sameTable(r, table));
    }

    String sql() {
        return statement.sql();
    }
}

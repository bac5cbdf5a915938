package io.github.migrationtest.internal.locks;

/**
 * The strongest lock a traced statement held on one relation.
 *
 * @param relation      qualified name
 * @param table         true for tables (and materialized views), false for indexes, sequences, …
 * @param existedBefore true when the relation existed before the statement
 * @param rows          production rows of the table (from the caller's sizes, else {@code reltuples}); -1 unknown
 */
public record TracedLock(String relation, boolean table, LockMode mode, boolean existedBefore, long rows) {

    /** A lock on a table that existed before the statement; what most rules are about. */
    static TracedLock onExistingTable(String relation, LockMode mode, long rows) {
        return new TracedLock(relation, true, mode, true, rows);
    }
}

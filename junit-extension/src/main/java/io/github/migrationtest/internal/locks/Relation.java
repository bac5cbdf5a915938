package io.github.migrationtest.internal.locks;

/**
 * A user relation as {@code pg_class} describes it at one moment.
 *
 * @param table   for an index, the qualified name of its table; for a table, its own name
 * @param rows    {@code reltuples}, or -1 when the relation was never analyzed
 */
record Relation(long oid, String name, char kind, long fileNode, long rows, String table) {

    boolean isTable() {
        return kind == 'r' || kind == 'p' || kind == 'm';
    }
}

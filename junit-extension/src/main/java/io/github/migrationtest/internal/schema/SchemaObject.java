package io.github.migrationtest.internal.schema;

/**
 * One object of a schema snapshot.
 *
 * @param key        kind and qualified name
 * @param owner      the object this one lives and dies with (a column's table, a comment's object), or null
 * @param definition canonical definition: free of OIDs, of column order and of data
 */
record SchemaObject(ObjectKey key, ObjectKey owner, String definition) {
}

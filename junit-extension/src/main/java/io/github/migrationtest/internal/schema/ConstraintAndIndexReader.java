package io.github.migrationtest.internal.schema;

import static io.github.migrationtest.internal.schema.CatalogQuery.RELATION_KIND;
import static io.github.migrationtest.internal.schema.CatalogQuery.RELATION_NAME;
import static io.github.migrationtest.internal.schema.CatalogQuery.USER_SCHEMA;
import static io.github.migrationtest.internal.schema.CatalogQuery.notFromExtension;

import java.util.List;

/**
 * Reads table constraints (keyed by table and constraint name) and indexes (keyed by schema and index
 * name, flagged when INVALID). Indexes that back a primary key, unique or exclusion constraint are
 * reported through their constraint only.
 */
final class ConstraintAndIndexReader implements CatalogReader {

    private static final String CONSTRAINTS = "SELECT " + RELATION_NAME + " AS table_name,"
            + """
             quote_ident(k.conname) AS constraint_name, pg_get_constraintdef(k.oid) AS definition
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE k.contype <> 'n' AND""" + " " + USER_SCHEMA + " AND " + notFromExtension("pg_class", "c.oid");

    private static final String INDEXES = "SELECT " + RELATION_NAME + " AS table_name, " + RELATION_KIND
            + " AS table_kind,"
            + """
             quote_ident(n.nspname) || '.' || quote_ident(ic.relname) AS index_name,
             pg_get_indexdef(i.indexrelid) AS definition, i.indisvalid
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = ic.relnamespace
            WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k
                               WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
              AND""" + " " + USER_SCHEMA + " AND " + notFromExtension("pg_class", "c.oid");

    @Override
    public List<CatalogQuery> queries() {
        return List.of(new CatalogQuery(CONSTRAINTS, row -> {
            String table = row.getString("table_name");
            return new SchemaObject(
                    new ObjectKey(SchemaObjectKind.CONSTRAINT, table + "." + row.getString("constraint_name")),
                    new ObjectKey(SchemaObjectKind.TABLE, table), row.getString("definition"));
        }),
                new CatalogQuery(INDEXES, row -> new SchemaObject(
                new ObjectKey(SchemaObjectKind.INDEX, row.getString("index_name")),
                new ObjectKey(SchemaObjectKind.ofLabel(row.getString("table_kind")), row.getString("table_name")),
                row.getString("definition") + (row.getBoolean("indisvalid") ? "" : " INVALID"))));
    }
}

package io.github.migrationtest.internal.schema;

import static io.github.migrationtest.internal.schema.CatalogQuery.USER_SCHEMA;
import static io.github.migrationtest.internal.schema.CatalogQuery.notFromExtension;

import java.util.List;

/** Reads enum types (labels in their order), domains and composite types (attributes in their order). */
final class TypeReader implements CatalogReader {

    private static final String TYPE_NAME = "quote_ident(n.nspname) || '.' || quote_ident(t.typname)";
    private static final String USER_TYPE = USER_SCHEMA + " AND " + notFromExtension("pg_type", "t.oid");

    private static final String ENUMS = "SELECT " + TYPE_NAME + " AS name,"
            + " 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' AS definition"
            + """
             FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_enum e ON e.enumtypid = t.oid
            WHERE""" + " " + USER_TYPE + " GROUP BY n.nspname, t.typname";

    private static final String DOMAINS = "SELECT " + TYPE_NAME + " AS name, concat_ws(' ',"
            + """
             'DOMAIN AS ' || format_type(t.typbasetype, t.typtypmod),
             CASE WHEN t.typcollation <> b.typcollation THEN 'COLLATE ' || quote_ident(co.collname) END,
             'DEFAULT ' || t.typdefault,
             CASE WHEN t.typnotnull THEN 'NOT NULL' END,
             (SELECT string_agg('CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid),
                                ' ' ORDER BY k.conname)
                FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype <> 'n')) AS definition
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_type b ON b.oid = t.typbasetype
            LEFT JOIN pg_collation co ON co.oid = t.typcollation
            WHERE t.typtype = 'd' AND""" + " " + USER_TYPE;

    private static final String COMPOSITES = "SELECT " + TYPE_NAME + " AS name, 'TYPE AS ('"
            + """
             || string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', '
                          ORDER BY a.attnum) || ')' AS definition
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE t.typtype = 'c' AND""" + " " + USER_TYPE + " GROUP BY n.nspname, t.typname";

    @Override
    public List<CatalogQuery> queries() {
        return List.of(query(ENUMS, SchemaObjectKind.ENUM), query(DOMAINS, SchemaObjectKind.DOMAIN),
                query(COMPOSITES, SchemaObjectKind.TYPE));
    }

    private static CatalogQuery query(String sql, SchemaObjectKind kind) {
        return new CatalogQuery(sql, row -> new SchemaObject(
                new ObjectKey(kind, row.getString("name")), null, row.getString("definition")));
    }
}

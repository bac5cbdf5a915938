package io.github.migrationtest.internal.schema;

import static io.github.migrationtest.internal.schema.CatalogQuery.RELATION_KIND;
import static io.github.migrationtest.internal.schema.CatalogQuery.RELATION_NAME;
import static io.github.migrationtest.internal.schema.CatalogQuery.USER_SCHEMA;
import static io.github.migrationtest.internal.schema.CatalogQuery.notFromExtension;

import java.util.List;

/**
 * Reads comments on relations, columns, routines, types, schemas, constraints and triggers. A comment is
 * keyed by the object it describes, e.g. {@code comment column public.customers.email}.
 */
final class CommentReader implements CatalogReader {

    private static final String ON_RELATIONS = "SELECT CASE WHEN d.objsubid = 0 THEN " + RELATION_KIND
            + " ELSE 'column' END AS kind, " + RELATION_NAME
            + " || CASE WHEN d.objsubid = 0 THEN '' ELSE '.' || quote_ident(a.attname) END AS name, d.description"
            + """
             FROM pg_description d JOIN pg_class c ON c.oid = d.objoid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid
            WHERE d.classoid = 'pg_class'::regclass AND""" + " " + USER_SCHEMA
            + " AND " + notFromExtension("pg_class", "c.oid");

    private static final String ON_ROUTINES = "SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END, "
            + RoutineReader.ROUTINE_NAME + ", d.description"
            + " FROM pg_description d JOIN pg_proc p ON p.oid = d.objoid JOIN pg_namespace n ON n.oid = p.pronamespace"
            + " WHERE d.classoid = 'pg_proc'::regclass AND " + USER_SCHEMA + " AND " + notFromExtension("pg_proc", "p.oid");

    private static final String ON_TYPES = """
            SELECT CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' ELSE 'type' END,
                   quote_ident(n.nspname) || '.' || quote_ident(t.typname), d.description
            FROM pg_description d JOIN pg_type t ON t.oid = d.objoid JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE d.classoid = 'pg_type'::regclass AND""" + " " + USER_SCHEMA
            + " AND " + notFromExtension("pg_type", "t.oid");

    private static final String ON_SCHEMAS = """
            SELECT 'schema', quote_ident(n.nspname), d.description
            FROM pg_description d JOIN pg_namespace n ON n.oid = d.objoid
            WHERE d.classoid = 'pg_namespace'::regclass AND""" + " " + USER_SCHEMA;

    private static final String ON_CONSTRAINTS_AND_TRIGGERS = "SELECT 'constraint', " + RELATION_NAME
            + " || '.' || quote_ident(k.conname), d.description"
            + " FROM pg_description d JOIN pg_constraint k ON k.oid = d.objoid JOIN pg_class c ON c.oid = k.conrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE d.classoid = 'pg_constraint'::regclass AND " + USER_SCHEMA
            + " UNION ALL SELECT 'trigger', " + RELATION_NAME + " || '.' || quote_ident(g.tgname), d.description"
            + " FROM pg_description d JOIN pg_trigger g ON g.oid = d.objoid JOIN pg_class c ON c.oid = g.tgrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE d.classoid = 'pg_trigger'::regclass AND " + USER_SCHEMA;

    private static final String COMMENTS = String.join(" UNION ALL ",
            ON_RELATIONS, ON_ROUTINES, ON_TYPES, ON_SCHEMAS, ON_CONSTRAINTS_AND_TRIGGERS);

    @Override
    public List<CatalogQuery> queries() {
        return List.of(new CatalogQuery(COMMENTS, row -> {
            ObjectKey target = new ObjectKey(SchemaObjectKind.ofLabel(row.getString(1)), row.getString(2));
            return new SchemaObject(new ObjectKey(SchemaObjectKind.COMMENT, target.toString()), target,
                    quoted(row.getString(3)));
        }));
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

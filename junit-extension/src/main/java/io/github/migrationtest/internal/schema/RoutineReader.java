package io.github.migrationtest.internal.schema;

import static io.github.migrationtest.internal.schema.CatalogQuery.RELATION_KIND;
import static io.github.migrationtest.internal.schema.CatalogQuery.RELATION_NAME;
import static io.github.migrationtest.internal.schema.CatalogQuery.USER_SCHEMA;
import static io.github.migrationtest.internal.schema.CatalogQuery.notFromExtension;

import java.util.List;

/**
 * Reads functions and procedures (keyed by name and argument types, e.g. {@code public.fn(integer, text)})
 * and the user triggers that call them. Aggregates are not covered.
 */
final class RoutineReader implements CatalogReader {

    /** Same form as {@code CommentReader} uses for a routine's name. */
    static final String ROUTINE_NAME =
            "quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' || oidvectortypes(p.proargtypes) || ')'";

    private static final String ROUTINES = "SELECT " + ROUTINE_NAME + " AS name,"
            + """
             CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END AS kind,
             pg_get_functiondef(p.oid) AS definition
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind IN ('f', 'p', 'w') AND""" + " " + USER_SCHEMA
            + " AND " + notFromExtension("pg_proc", "p.oid");

    private static final String TRIGGERS = "SELECT " + RELATION_NAME + " AS table_name, " + RELATION_KIND
            + " AS table_kind,"
            + """
             quote_ident(t.tgname) AS trigger_name, pg_get_triggerdef(t.oid) AS definition,
             CASE t.tgenabled WHEN 'D' THEN ' DISABLED' WHEN 'R' THEN ' ENABLED REPLICA'
                              WHEN 'A' THEN ' ENABLED ALWAYS' ELSE '' END AS state
            FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT t.tgisinternal AND""" + " " + USER_SCHEMA + " AND " + notFromExtension("pg_class", "c.oid");

    @Override
    public List<CatalogQuery> queries() {
        return List.of(new CatalogQuery(ROUTINES, row -> new SchemaObject(
                new ObjectKey(SchemaObjectKind.ofLabel(row.getString("kind")), row.getString("name")), null,
                CatalogQuery.oneLine(row.getString("definition")))),
                new CatalogQuery(TRIGGERS, row -> {
            String table = row.getString("table_name");
            return new SchemaObject(
                    new ObjectKey(SchemaObjectKind.TRIGGER, table + "." + row.getString("trigger_name")),
                    new ObjectKey(SchemaObjectKind.ofLabel(row.getString("table_kind")), table),
                    row.getString("definition") + row.getString("state"));
        }));
    }
}

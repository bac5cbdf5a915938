package io.github.migrationtest.internal.schema;

import static io.github.migrationtest.internal.schema.CatalogQuery.USER_SCHEMA;
import static io.github.migrationtest.internal.schema.CatalogQuery.notFromExtension;

import java.util.List;

/** Reads schemas and installed extensions. */
final class SchemaAndExtensionReader implements CatalogReader {

    private static final String SCHEMAS = "SELECT quote_ident(n.nspname) AS name FROM pg_namespace n WHERE "
            + USER_SCHEMA + " AND " + notFromExtension("pg_namespace", "n.oid");

    private static final String EXTENSIONS = """
            SELECT quote_ident(x.extname) AS name, x.extversion, quote_ident(n.nspname) AS schema
            FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace""";

    @Override
    public List<CatalogQuery> queries() {
        return List.of(new CatalogQuery(SCHEMAS, row ->
                new SchemaObject(new ObjectKey(SchemaObjectKind.SCHEMA, row.getString("name")), null, "SCHEMA")),
                new CatalogQuery(EXTENSIONS, row -> new SchemaObject(
                new ObjectKey(SchemaObjectKind.EXTENSION, row.getString("name")), null,
                "EXTENSION VERSION '" + row.getString("extversion") + "' SCHEMA " + row.getString("schema"))));
    }
}

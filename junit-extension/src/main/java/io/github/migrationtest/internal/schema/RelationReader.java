package io.github.migrationtest.internal.schema;

import static io.github.migrationtest.internal.schema.CatalogQuery.RELATION_KIND;
import static io.github.migrationtest.internal.schema.CatalogQuery.RELATION_NAME;

import io.github.migrationtest.catalog.UserRelations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads tables (plain, unlogged, partitioned, partitions), views and materialized views. */
final class RelationReader implements CatalogReader {

    private static final String RELATIONS = "SELECT " + RELATION_NAME + " AS name, " + RELATION_KIND + " AS kind,"
            + """
             c.relpersistence, pg_get_partkeydef(c.oid) AS partition_key, c.relispartition,
             pg_get_expr(c.relpartbound, c.oid) AS partition_bound,
             array_to_string(c.reloptions, ', ') AS options, c.relrowsecurity, c.relforcerowsecurity,
             CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS view_definition,
             (SELECT string_agg(quote_ident(pn.nspname) || '.' || quote_ident(p.relname), ', ' ORDER BY i.inhseqno)
                FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
                JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = c.oid) AS parents
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE""" + " " + UserRelations.where("c", "r", "p", "v", "m");

    @Override
    public List<CatalogQuery> queries() {
        return List.of(new CatalogQuery(RELATIONS, RelationReader::toObject));
    }

    private static SchemaObject toObject(ResultSet row) throws SQLException {
        SchemaObjectKind kind = SchemaObjectKind.ofLabel(row.getString("kind"));
        ObjectKey key = new ObjectKey(kind, row.getString("name"));
        String options = optional(" WITH (", row.getString("options"), ")");
        if (kind != SchemaObjectKind.TABLE) {
            return new SchemaObject(key, null, CatalogQuery.oneLine(row.getString("view_definition")).replaceFirst(";$", "") + options);
        }
        boolean partition = row.getBoolean("relispartition");
        String definition = ("u".equals(row.getString("relpersistence")) ? "UNLOGGED TABLE" : "TABLE")
                + (partition
                        ? " PARTITION OF " + row.getString("parents") + " " + row.getString("partition_bound")
                        : optional(" INHERITS (", row.getString("parents"), ")"))
                + optional(" PARTITION BY ", row.getString("partition_key"), "")
                + options
                + (row.getBoolean("relrowsecurity") ? " ROW LEVEL SECURITY" : "")
                + (row.getBoolean("relforcerowsecurity") ? " FORCED" : "");
        ObjectKey parent = partition ? CatalogQuery.key(SchemaObjectKind.TABLE, row.getString("parents")) : null;
        return new SchemaObject(key, parent, definition);
    }

    private static String optional(String prefix, String value, String suffix) {
        return value == null || value.isEmpty() ? "" : prefix + value + suffix;
    }
}

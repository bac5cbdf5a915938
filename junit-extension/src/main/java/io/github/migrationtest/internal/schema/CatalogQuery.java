package io.github.migrationtest.internal.schema;

import io.github.migrationtest.catalog.UserRelations;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One catalog query and how each of its rows maps to a {@link SchemaObject}; {@link CatalogBatch} runs them. Also
 * holds the SQL fragments the readers share.
 */
record CatalogQuery(String sql, RowMapper mapper) {

    /** Schemas that belong to PostgreSQL itself, as a condition on a {@code pg_namespace} alias {@code n}. */
    static final String USER_SCHEMA = UserRelations.USER_SCHEMA;

    @FunctionalInterface
    interface RowMapper {
        SchemaObject map(ResultSet row) throws SQLException;
    }

    /** Maps {@code pg_class.relkind} of alias {@code c} to the kind label a relation is reported as. */
    static final String RELATION_KIND = """
            CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                 WHEN 'S' THEN 'sequence' WHEN 'i' THEN 'index' WHEN 'I' THEN 'index'
                 WHEN 'c' THEN 'type' ELSE 'table' END""";

    /** The quoted qualified name of relation alias {@code c} in schema alias {@code n}. */
    static final String RELATION_NAME = "quote_ident(n.nspname) || '.' || quote_ident(c.relname)";

    /** A condition that {@code objid} of {@code classTable} is not a member of an extension. */
    static String notFromExtension(String classTable, String objid) {
        return UserRelations.notFromExtension(classTable, objid);
    }

    /** Definitions printed over several lines (views, routines) collapsed to one line. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    static ObjectKey key(SchemaObjectKind kind, String name) {
        return name == null ? null : new ObjectKey(kind, name);
    }
}

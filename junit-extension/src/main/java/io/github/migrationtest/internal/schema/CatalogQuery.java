package io.github.migrationtest.internal.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs one catalog query with a timeout and maps each row to a {@link SchemaObject}. */
final class CatalogQuery {

    /** Schemas that belong to PostgreSQL itself, as a condition on a {@code pg_namespace} alias {@code n}. */
    static final String USER_SCHEMA = """
            n.nspname NOT IN ('pg_catalog', 'information_schema')
            AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'""";

    private static final int TIMEOUT_SECONDS = 60;

    @FunctionalInterface
    interface RowMapper {
        SchemaObject map(ResultSet row) throws SQLException;
    }

    private CatalogQuery() {
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
        return "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '" + classTable + "'::regclass"
                + " AND e.objid = " + objid + " AND e.deptype = 'e')";
    }

    static List<SchemaObject> run(Connection connection, String sql, RowMapper mapper) throws SQLException {
        List<SchemaObject> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    objects.add(mapper.map(rows));
                }
            }
        }
        return objects;
    }

    /** Definitions printed over several lines (views, routines) collapsed to one line. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    static ObjectKey key(SchemaObjectKind kind, String name) {
        return name == null ? null : new ObjectKey(kind, name);
    }
}

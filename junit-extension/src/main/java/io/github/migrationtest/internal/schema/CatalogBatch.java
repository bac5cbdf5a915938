package io.github.migrationtest.internal.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs catalog queries in one round trip: one multi-statement text whose results are read in turn. The text first
 * empties {@code search_path}, so that every definition names its tables, types and functions with their schema
 * whatever the caller's path, and ends by restoring the caller's path (kept meanwhile in a session setting of our
 * own). The statements run in one implicit transaction, so a failure leaves the caller's path as it was.
 */
final class CatalogBatch {

    private static final int TIMEOUT_SECONDS = 60;
    private static final String SAVED_PATH = "migrationtest.caller_search_path";
    private static final String EMPTY_PATH = "SELECT set_config('" + SAVED_PATH + "', current_setting('search_path'), false),"
            + " set_config('search_path', '', false)";
    private static final String RESTORE_PATH =
            "SELECT set_config('search_path', current_setting('" + SAVED_PATH + "'), false)";

    private CatalogBatch() {
    }

    /** The objects every query found, query by query in the given order. */
    static List<SchemaObject> run(Connection connection, List<CatalogQuery> queries) throws SQLException {
        StringBuilder text = new StringBuilder(EMPTY_PATH);
        queries.forEach(query -> text.append(";\n").append(query.sql()));
        text.append(";\n").append(RESTORE_PATH);
        List<SchemaObject> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.execute(text.toString());
            for (CatalogQuery query : queries) {
                statement.getMoreResults();
                try (ResultSet rows = statement.getResultSet()) {
                    while (rows.next()) {
                        objects.add(query.mapper().map(rows));
                    }
                }
            }
        }
        return objects;
    }
}

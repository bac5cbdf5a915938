package io.github.migrationtest.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads one group of object kinds from the catalog of the current database, one query per kind. */
interface CatalogReader {

    List<SchemaObject> read(Connection connection) throws SQLException;
}

package io.github.migrationtest.internal.schema;

import static io.github.migrationtest.testing.TestDatabases.execute;

import io.github.migrationtest.SchemaDifference;
import io.github.migrationtest.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Test helper: builds schemas in fresh databases and reports the differences between them as strings. */
final class SchemaChanges {

    static final Set<String> FLYWAY_HISTORY = Set.of("public.flyway_schema_history");

    private SchemaChanges() {
    }

    /** The differences that {@code change} makes to a fresh database built with {@code setup}. */
    static List<String> made(String setup, String change) throws SQLException {
        DataSource database = TestDatabases.fresh();
        execute(database, setup);
        SchemaSnapshot before = snapshot(database);
        execute(database, change);
        return lines(SchemaDiff.between(before, snapshot(database)));
    }

    /** The differences from a fresh database built with {@code first} to one built with {@code second}. */
    static List<String> between(String first, String second) throws SQLException {
        return lines(SchemaDiff.between(built(first), built(second)));
    }

    static SchemaSnapshot built(String sql) throws SQLException {
        DataSource database = TestDatabases.fresh();
        execute(database, sql);
        return snapshot(database);
    }

    static SchemaSnapshot snapshot(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return SchemaSnapshot.take(connection, FLYWAY_HISTORY);
        }
    }

    private static List<String> lines(List<SchemaDifference> differences) {
        return differences.stream().map(SchemaDifference::toString).toList();
    }
}

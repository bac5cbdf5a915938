package io.github.migrationtest.internal.locks;

import static io.github.migrationtest.testing.TestDatabases.execute;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Builds analyzed tables with many rows quickly. */
final class TestTables {

    private TestTables() {
    }

    /** {@code name(id int primary key, customer_id int, status text, amount int)} with {@code rows} rows. */
    static void orders(DataSource db, String name, int rows) {
        try {
            execute(db, "CREATE TABLE " + name + " (id int PRIMARY KEY, customer_id int, status text, amount int)",
                    "INSERT INTO " + name + " SELECT g, g % 1000, 'status-' || (g % 7), g % 500"
                            + " FROM generate_series(1, " + rows + ") g",
                    "ANALYZE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

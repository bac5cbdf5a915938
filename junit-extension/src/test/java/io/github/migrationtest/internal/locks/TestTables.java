package io.github.migrationtest.internal.locks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Builds analyzed tables with many rows quickly, and runs SQL in tests. */
final class TestTables {

    private TestTables() {
    }

    /** {@code name(id int primary key, customer_id int, status text, amount int)} with {@code rows} rows. */
    static void orders(DataSource db, String name, int rows) {
        execute(db, "CREATE TABLE " + name + " (id int PRIMARY KEY, customer_id int, status text, amount int)",
                "INSERT INTO " + name + " SELECT g, g % 1000, 'status-' || (g % 7), g % 500"
                        + " FROM generate_series(1, " + rows + ") g",
                "ANALYZE " + name);
    }

    static void execute(DataSource db, String... statements) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.github.migrationtest.testing;

import io.github.migrationtest.spi.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The profile page of release 1: in a transaction, reads a whole customer row with {@code select *}, a server-prepared
 * statement once warmed (in autocommit PgJDBC would re-prepare and retry it silently).
 */
public class Release1Profile implements Workload {

    @Override
    public void run(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement select = connection.prepareStatement("select * from customers where id = ?")) {
            select.setLong(1, 1);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
            }
        }
        connection.commit();
    }
}

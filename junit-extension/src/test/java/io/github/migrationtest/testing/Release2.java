package io.github.migrationtest.testing;

import io.github.migrationtest.spi.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Release 2 of the customers application: it no longer reads the email column. */
public class Release2 implements Workload {

    @Override
    public void run(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id, name from customers where id = ?")) {
            select.setLong(1, 1);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
            }
        }
    }
}

package io.github.migrationtest.testing;

import io.github.migrationtest.spi.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The release deployed in histories/deploy-order: it reads name and email_address, never email or nickname. */
public class EmailAddressRelease implements Workload {

    @Override
    public void run(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id, name, email_address from customers where id = ?")) {
            select.setLong(1, 1);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
            }
        }
    }
}

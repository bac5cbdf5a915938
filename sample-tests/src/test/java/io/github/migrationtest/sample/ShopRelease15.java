package io.github.migrationtest.sample;

import io.github.migrationtest.spi.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/** Release 1.5 of the shop, deployed after V6: it reads first_name and last_name and no longer full_name. */
public class ShopRelease15 implements Workload {

    @Override
    public void run(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id, email, first_name, last_name from customers where id = ?")) {
            select.setLong(1, ThreadLocalRandom.current().nextLong(1, 1_000));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
            }
        }
    }
}

package io.github.migrationtest.sample;

import io.github.migrationtest.spi.Workload;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What release 1.4 of the shop does with the database, as it runs in production (the schema of V5): it signs up
 * customers with their full name, shows a customer's page and takes orders. Each call is one request.
 */
public class ShopRelease14 implements Workload {

    @Override
    public void run(Connection connection) throws SQLException {
        switch (ThreadLocalRandom.current().nextInt(3)) {
            case 0 -> signUp(connection);
            case 1 -> customerPage(connection, someCustomer());
            default -> placeOrder(connection, someCustomer());
        }
    }

    private static long someCustomer() {
        return ThreadLocalRandom.current().nextLong(1, 1_000);
    }

    private static void signUp(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into customers (email, full_name) values (?, ?)")) {
            insert.setString(1, UUID.randomUUID() + "@example.com");
            insert.setString(2, "Ada Lovelace");
            insert.executeUpdate();
        }
    }

    private static void customerPage(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id, email, full_name from customers where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
            }
        }
    }

    private static void placeOrder(Connection connection, long customer) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into orders (customer_id, total) select id, ? from customers where id = ?")) {
            insert.setBigDecimal(1, new BigDecimal("19.90"));
            insert.setLong(2, customer);
            insert.executeUpdate();
        }
    }
}

package io.github.migrationtest.testing;

import io.github.migrationtest.spi.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Release 1 of the customers application: each thread signs up a customer, then reads one back by id, in turn. */
public class Release1 implements Workload {

    private final ThreadLocal<int[]> calls = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void run(Connection connection) throws SQLException {
        if (calls.get()[0]++ % 2 == 0) {
            signUp(connection);
        } else {
            find(connection);
        }
    }

    private static void signUp(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into customers (email, name) values (?, ?)")) {
            insert.setString(1, "ada@example.com");
            insert.setString(2, "Ada Lovelace");
            insert.executeUpdate();
        }
    }

    private static void find(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id, email from customers where id = ?")) {
            select.setLong(1, 1);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
            }
        }
    }
}

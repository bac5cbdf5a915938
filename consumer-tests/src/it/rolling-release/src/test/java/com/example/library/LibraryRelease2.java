package com.example.library;

import io.github.migrationtest.spi.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Release 2 (ships with V4 and V5): no card codes any more; shows a book's page with its loans. */
public class LibraryRelease2 implements Workload {

    @Override
    public void run(Connection connection) throws SQLException {
        switch (ThreadLocalRandom.current().nextInt(3)) {
            case 0 -> signUp(connection);
            case 1 -> bookPage(connection);
            default -> Lending.lend(connection);
        }
    }

    private static void signUp(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into members (email, display_name) values (?, ?)")) {
            insert.setString(1, UUID.randomUUID() + "@library.example");
            insert.setString(2, "Grace Hopper");
            insert.executeUpdate();
        }
    }

    private static void bookPage(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select b.title, count(l.id) from books b left join loans l on l.book_id = b.id where b.id = ? group by b.title")) {
            select.setLong(1, Lending.someId());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
            }
        }
    }
}

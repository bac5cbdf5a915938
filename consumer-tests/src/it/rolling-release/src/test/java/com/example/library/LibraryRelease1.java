package com.example.library;

import io.github.migrationtest.spi.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Release 1 of the library application (schema of V3): signs members up with a card code, shows them, lends books. */
public class LibraryRelease1 implements Workload {

    @Override
    public void run(Connection connection) throws SQLException {
        switch (ThreadLocalRandom.current().nextInt(3)) {
            case 0 -> signUp(connection);
            case 1 -> memberPage(connection);
            default -> Lending.lend(connection);
        }
    }

    private static void signUp(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into members (email, display_name, legacy_code) values (?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID() + "@library.example");
            insert.setString(2, "Ada Lovelace");
            insert.setString(3, "CARD-" + ThreadLocalRandom.current().nextInt(100_000));
            insert.executeUpdate();
        }
    }

    private static void memberPage(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id, email, display_name, legacy_code from members where id = ?")) {
            select.setLong(1, Lending.someId());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
            }
        }
    }
}

package com.example.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/** What both releases do the same way: lend a book to a member. */
final class Lending {

    private Lending() {
    }

    static long someId() {
        return ThreadLocalRandom.current().nextLong(1, 200);
    }

    static void lend(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into loans (member_id, book_id) select m.id, b.id from members m, books b where m.id = ? and b.id = ?")) {
            insert.setLong(1, someId());
            insert.setLong(2, someId());
            insert.executeUpdate();
        }
    }
}

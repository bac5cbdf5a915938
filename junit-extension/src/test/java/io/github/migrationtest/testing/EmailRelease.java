package io.github.migrationtest.testing;

import io.github.migrationtest.spi.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The release before the deploy of histories/deploy-order: it reads email and nickname, in turn. */
public class EmailRelease implements Workload {

    private final ThreadLocal<int[]> calls = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void run(Connection connection) throws SQLException {
        read(connection, calls.get()[0]++ % 2 == 0 ? "select id, email from customers where id = ?"
                : "select id, nickname from customers where id = ?");
    }

    static void read(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, 1);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
            }
        }
    }
}

package io.github.migrationtest.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.database.Servers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The shared TestDatabases of the fixtures test-jar make their databases on the harness's own server here. */
class SharedTestDatabasesTest {

    @Test
    void freshDatabasesLiveOnTheHarnessServerNotOnASecondOne() throws SQLException {
        String harness = Servers.get(Servers.EMBEDDED, false, "", line -> { }).jdbcUrl("postgres");

        try (Connection c = TestDatabases.fresh().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT current_setting('port')")) {
            r.next();
            assertThat(harness).contains(":" + r.getString(1) + "/");
        }
    }
}

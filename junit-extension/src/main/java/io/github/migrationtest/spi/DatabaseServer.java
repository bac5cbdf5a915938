package io.github.migrationtest.spi;

/** A running PostgreSQL server on which the harness may create and drop databases of its own. */
public interface DatabaseServer extends AutoCloseable {

    /** A JDBC URL for the named database on this server, without credentials. */
    String jdbcUrl(String database);

    String username();

    String password();

    /** The database the harness connects to in order to create and drop its own ({@code postgres}). */
    default String maintenanceDatabase() {
        return "postgres";
    }

    /** One line for reports, e.g. {@code embedded PostgreSQL 17.11 (fsync off) on port 54321}. */
    String description();

    /** Stops the server if the harness started it; leaves a server it merely reached alone. */
    @Override
    void close();
}

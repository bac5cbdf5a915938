package io.github.migrationtest.spi;

/**
 * Starts (or reaches) a PostgreSQL server for a rehearsal. The harness creates its own databases on it
 * and drops them afterwards; it never works in a database it did not create.
 *
 * <p>Select an implementation with {@code migrationtest.database=<fully qualified class name>}; it needs a
 * public no-argument constructor.
 */
@FunctionalInterface
public interface DatabaseProvider {

    /** Starts or reaches the server; called once per configuration and JVM. */
    DatabaseServer start() throws Exception;
}

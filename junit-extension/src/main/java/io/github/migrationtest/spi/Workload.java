package io.github.migrationtest.spi;

import java.sql.Connection;

/**
 * What an application release does with the database, as it runs in production: the old release's DAO calls, run
 * against the schema while a migration changes it ({@code @OldApplication}, {@code @CurrentApplication}).
 *
 * <p>The harness calls {@link #run} again and again on each of its threads, each call with a connection from its pool
 * (returned to the pool when the call ends, rolled back if left in a transaction). A call that throws counts as one
 * failed call, named by its SQLSTATE, its statement and the frame of this class that made it. One instance serves
 * every thread: keep it stateless or thread-safe. A public no-argument constructor is needed; a workload loaded from
 * an old release's jar may instead take the pool as a {@code javax.sql.DataSource}.
 */
@FunctionalInterface
public interface Workload {

    /** One call of the application, e.g. a page view: its statements on {@code connection}. */
    void run(Connection connection) throws Exception;
}

package io.github.migrationtest.internal.workload;

import io.github.migrationtest.spi.Workload;
import javax.sql.DataSource;

/** Where an application's code comes from: a workload class, a SQL file of its statements, or its release jar. */
public interface ApplicationCode extends AutoCloseable {

    /** How messages name it: {@code ShopRelease14}, {@code classpath:old-release/queries.sql}. */
    String name();

    /** The workload for one run, with the run's pool (a SQL file reads its parameters' values through it). */
    Workload open(DataSource pool) throws Exception;

    /** The class loader set as the context class loader of the threads that call it; null: leave it as it is. */
    default ClassLoader contextLoader() {
        return null;
    }

    /** Releases what {@link #open} loaded (a jar's class loader and the drivers it registered). */
    @Override
    default void close() throws Exception {
    }
}

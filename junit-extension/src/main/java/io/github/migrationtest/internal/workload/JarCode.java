package io.github.migrationtest.internal.workload;

import io.github.migrationtest.spi.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import javax.sql.DataSource;

/**
 * The old release's jar, loaded in a class loader of its own that looks in the jar first ({@link ChildFirstLoader}),
 * running a {@link Workload} class compiled in that release; its threads run with that loader as context class
 * loader. Closing it deregisters the JDBC drivers the release registered and closes the loader.
 */
public final class JarCode implements ApplicationCode {

    private final Path jar;
    private final String workload;
    private ChildFirstLoader loader;

    public JarCode(Path jar, String workload) {
        this.jar = jar;
        this.workload = workload;
    }

    @Override
    public String name() {
        return jar.getFileName() + " " + workload.substring(workload.lastIndexOf('.') + 1);
    }

    @Override
    public synchronized Workload open(DataSource pool) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("@OldApplication(jar = \"" + jar + "\") is no file (" + jar.toAbsolutePath()
                    + "); copy the release's jar there first, e.g. with maven-dependency-plugin's copy goal");
        }
        if (loader == null) {
            loader = new ChildFirstLoader(jar, Workload.class.getClassLoader());
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return ClassCode.create(Class.forName(workload, true, loader), pool);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Override
    public synchronized ClassLoader contextLoader() {
        return loader;
    }

    @Override
    public synchronized void close() throws Exception {
        if (loader == null) {
            return;
        }
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver.getClass().getClassLoader() == loader) {
                try {
                    DriverManager.deregisterDriver(driver);
                } catch (SQLException e) {
                    // the loader is closed all the same
                }
            }
        }
        loader.close();
        loader = null;
    }
}

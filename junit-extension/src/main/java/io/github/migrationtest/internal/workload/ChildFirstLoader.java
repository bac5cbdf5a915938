package io.github.migrationtest.internal.workload;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads an old release's classes from its jar before the test's class path, so that the release runs with its own
 * versions of its classes; the JDK and the {@code Workload} SPI come from the parent.
 */
final class ChildFirstLoader extends URLClassLoader {

    private static final List<String> FROM_PARENT = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
            "io.github.migrationtest.spi.");

    static {
        registerAsParallelCapable();
    }

    ChildFirstLoader(Path jar, ClassLoader parent) throws MalformedURLException {
        super("old-release " + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (FROM_PARENT.stream().anyMatch(name::startsWith)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                try {
                    c = findClass(name);
                } catch (ClassNotFoundException e) {
                    c = getParent().loadClass(name);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}

package io.github.migrationtest.internal;

import java.util.ServiceLoader;

/**
 * Keeps SLF4J from greeting a plain project with "No SLF4J providers were found": Flyway and zonky log through SLF4J,
 * and a project without a provider would see that warning on every run although nothing is lost (without a provider
 * their lines go nowhere). Only then, and only when the user did not choose, SLF4J's own reporting is set to errors.
 */
public final class QuietLogging {

    static final String VERBOSITY = "slf4j.internal.verbosity";

    private QuietLogging() {
    }

    /** Call before anything initialises SLF4J. */
    public static void apply() {
        if (System.getProperty(VERBOSITY) == null && System.getProperty("slf4j.provider") == null && !hasProvider()) {
            System.setProperty(VERBOSITY, "ERROR");
        }
    }

    private static boolean hasProvider() {
        ClassLoader loader = QuietLogging.class.getClassLoader();
        try {
            Class<?> provider = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false, loader);
            return ServiceLoader.load(provider, loader).stream().findAny().isPresent()
                    || loader.getResource("org/slf4j/impl/StaticLoggerBinder.class") != null;
        } catch (Throwable e) {
            return true; // not SLF4J 2: leave it alone
        }
    }
}

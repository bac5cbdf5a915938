package io.github.migrationtest.internal.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Refuses a JUnit Jupiter older than 5.13 before anything runs, instead of a NoSuchMethodError later. */
final class JUnitVersion {

    private JUnitVersion() {
    }

    static void check() {
        String version = ExtensionContext.class.getPackage().getImplementationVersion();
        if (version != null && older(version)) {
            throw new ExtensionConfigurationException("@MigrationTest needs JUnit Jupiter 5.13 or later (6.x works too), but "
                    + version + " is on the test class path. Import org.junit:junit-bom at 5.14.4 or 6.x in <dependencyManagement>"
                    + " so that every JUnit module has one version.");
        }
    }

    static boolean older(String version) {
        String[] parts = version.split("[.-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major < 5 || (major == 5 && minor < 13);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

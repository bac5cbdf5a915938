package io.github.migrationtest.internal.flyway;

import io.github.migrationtest.internal.ConfigurationProblem;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The {@code flyway} settings checked by Flyway's own configuration, without a data source, before any database starts:
 * a misspelled name or a wrong value fails the class naming the pair, instead of every step after the server started.
 */
public final class FlywaySettings {

    private FlywaySettings() {
    }

    /** Checks each pair, then all together, then the placeholders the scripts use. */
    public static void check(Map<String, String> properties, ClassLoader loader, List<Migration> migrations) {
        for (Map.Entry<String, String> pair : properties.entrySet()) {
            configure(Map.of(pair.getKey(), pair.getValue()), loader, "\"" + pair.getKey() + "=" + pair.getValue() + "\"");
        }
        FluentConfiguration all = configure(properties, loader, "these settings together");
        PlaceholderCheck.check(migrations, all.getPlaceholders(), all.isPlaceholderReplacement());
    }

    private static FluentConfiguration configure(Map<String, String> properties, ClassLoader loader, String what) {
        try {
            return Flyway.configure(loader).configuration(properties);
        } catch (FlywayException | IllegalArgumentException e) {
            throw new ConfigurationProblem("flyway", "Flyway refuses " + what + ": " + firstLine(e.getMessage())
                    + " Correct or remove it in @MigrationTest(flyway = {…}); names and values are Flyway's own,"
                    + " e.g. \"flyway.connectRetries=3\", \"flyway.placeholders.owner=shop\".", e);
        }
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.endsWith(".") ? line : line + ".";
    }
}

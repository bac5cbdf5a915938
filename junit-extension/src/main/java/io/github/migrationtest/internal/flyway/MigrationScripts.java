package io.github.migrationtest.internal.flyway;

import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.flyway.ScriptScanner.LocationNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The migrations of a history, each paired with its down script, checked for the mistakes that make a
 * rehearsal meaningless (no migrations, unreadable locations, a down script without its migration).
 */
public final class MigrationScripts {

    private MigrationScripts() {
    }

    /** Finds and pairs the scripts; throws {@link ConfigurationProblem} naming the attribute to fix. */
    public static List<Migration> load(ClassLoader loader, List<String> locations, List<String> undoLocations) {
        ScriptScanner scanner = new ScriptScanner(loader);
        Map<MigrationVersion, ScriptResource> forward = scripts(scanner, locations, 'V', "locations");
        Map<MigrationVersion, ScriptResource> undo = scripts(scanner, undoLocations, 'U', "undoLocations");
        if (forward.isEmpty()) {
            throw new ConfigurationProblem("locations", "No migrations found in " + String.join(", ", locations)
                    + ". Expected files named like V1__create_customers.sql there; point `locations` at the folder that holds them.");
        }
        for (Map.Entry<MigrationVersion, ScriptResource> u : undo.entrySet()) {
            if (!forward.containsKey(u.getKey())) {
                throw new ConfigurationProblem("undoLocations", "Down script " + u.getValue() + " has no migration V" + u.getKey()
                        + " in " + String.join(", ", locations) + ". Rename it to match its migration's version or delete it.");
            }
        }
        List<Migration> migrations = new ArrayList<>();
        forward.forEach((version, script) -> migrations.add(new Migration(version,
                ScriptName.parse(script.fileName()).orElseThrow().description(), script, Optional.ofNullable(undo.get(version)))));
        return List.copyOf(migrations);
    }

    private static Map<MigrationVersion, ScriptResource> scripts(ScriptScanner scanner, List<String> locations, char prefix, String attribute) {
        Map<MigrationVersion, ScriptResource> byVersion = new TreeMap<>();
        for (String location : locations) {
            List<ScriptResource> found;
            try {
                found = scanner.scan(location);
            } catch (LocationNotFoundException e) {
                throw new ConfigurationProblem(attribute, "Location " + location + " does not exist or cannot be read. Check `"
                        + attribute + "`: use classpath:db/migration for src/main/resources/db/migration, or filesystem:/absolute/path.");
            }
            for (ScriptResource script : found) {
                Optional<ScriptName> name = ScriptName.parse(script.fileName()).filter(n -> n.prefix() == prefix);
                if (name.isEmpty()) {
                    continue;
                }
                ScriptConfigKeys.check(script, attribute);
                ScriptResource twin = byVersion.put(name.get().version(), script);
                if (twin != null) {
                    throw new ConfigurationProblem(attribute, "Two scripts have version " + name.get().version() + ": " + twin + " and " + script
                            + ". Give one of them a new version.");
                }
            }
        }
        return byVersion;
    }
}

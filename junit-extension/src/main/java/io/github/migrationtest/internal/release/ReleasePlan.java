package io.github.migrationtest.internal.release;

import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.flyway.Migration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Cuts the history into the releases that {@code releases} lists, before any database starts: every listed version
 * must be a migration's, after the seed point, in version order and listed once.
 */
public final class ReleasePlan {

    static final String SETTING = "releases";

    private ReleasePlan() {
    }

    /**
     * @param listed     the last version of each release, as written
     * @param migrations every migration of the history, in version order
     * @param seedAt     the seed point's version, if there is one
     * @param locations  where the migrations were found, for messages
     */
    public static List<Release> of(List<String> listed, List<Migration> migrations, Optional<String> seedAt, List<String> locations) {
        List<String> versions = migrations.stream().map(Migration::versionText).toList();
        int seedIndex = seedAt.map(versions::indexOf).orElse(-1);
        List<Release> releases = new ArrayList<>();
        int previous = seedIndex;
        for (String name : listed) {
            int index = versions.indexOf(name);
            if (index < 0) {
                throw problem(listed, "\"" + name + "\" is not the version of any migration in " + String.join(", ", locations)
                        + " (versions: " + versions + "). List the last version of each release, in version order.");
            }
            if (index <= seedIndex) {
                throw problem(listed, "\"" + name + "\" is at or before seedAt = \"" + seedAt.orElseThrow() + "\", where the data is seeded,"
                        + " so it cannot be rehearsed. List only versions after it (" + versions.subList(seedIndex + 1, versions.size())
                        + "), or lower seedAt.");
            }
            if (index <= previous) {
                throw problem(listed, "\"" + name + "\" is listed after \"" + versions.get(previous) + "\" but is "
                        + (index == previous ? "the same version" : "an earlier version") + ". List each release once, in version order: "
                        + quoted(listed.stream().distinct().sorted((a, b) -> versions.indexOf(a) - versions.indexOf(b)).toList()) + ".");
            }
            releases.add(new Release(name, migrations.subList(previous + 1, index + 1)));
            previous = index;
        }
        return releases;
    }

    private static ConfigurationProblem problem(List<String> listed, String why) {
        return new ConfigurationProblem(SETTING, "releases = " + quoted(listed) + ": " + why);
    }

    static String quoted(List<String> versions) {
        return versions.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "{", "}"));
    }
}

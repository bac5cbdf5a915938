package io.github.migrationtest.internal.flyway;

import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.flyway.ScriptScanner.LocationNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scripts of the post-deploy locations ({@code postDeployLocations}): migrations that Flyway applies together with
 * the others, by version, and that run once the new code is live, as if they said {@code -- migrationtest: post-deploy}.
 *
 * @param locations where they are, as configured
 * @param scripts   every {@code .sql} file found there
 */
public record PostDeployScripts(List<String> locations, List<ScriptResource> scripts) {

    public static final String ATTRIBUTE = "postDeployLocations";
    public static final PostDeployScripts NONE = new PostDeployScripts(List.of(), List.of());

    public PostDeployScripts {
        locations = List.copyOf(locations);
        scripts = List.copyOf(scripts);
    }

    /** The locations Flyway applies: {@code locations} and each post-deploy location not already inside one of them. */
    public static List<String> withLocations(List<String> locations, List<String> postDeployLocations) {
        List<String> all = new ArrayList<>(locations);
        for (String post : postDeployLocations) {
            if (all.stream().noneMatch(l -> normalised(post).equals(normalised(l)) || normalised(post).startsWith(normalised(l) + "/"))) {
                all.add(post);
            }
        }
        return List.copyOf(all);
    }

    private static String normalised(String location) {
        String l = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        l = l.replaceAll("^/+|/+$", "");
        return location.startsWith("filesystem:") ? l : "classpath:" + l;
    }

    /** Lists the scripts of the locations; one that does not exist fails as a wrong {@code locations} does. */
    public static PostDeployScripts scan(ClassLoader loader, List<String> locations) {
        ScriptScanner scanner = new ScriptScanner(loader);
        List<ScriptResource> found = new ArrayList<>();
        for (String location : locations) {
            try {
                found.addAll(scanner.scan(location));
            } catch (LocationNotFoundException e) {
                throw new ConfigurationProblem(ATTRIBUTE, "Location " + location + " does not exist or cannot be read. Check `"
                        + ATTRIBUTE + "`: use classpath:db/migration for src/main/resources/db/migration, or filesystem:/absolute/path.");
            }
        }
        return new PostDeployScripts(locations, found);
    }

    /** Every script here must be one of the migrations Flyway applies (found in {@code locations}), else nothing would run it. */
    public void check(List<Migration> migrations, List<String> migrationLocations) {
        for (ScriptResource script : scripts) {
            if (migrations.stream().noneMatch(m -> same(m.script(), script))) {
                throw new ConfigurationProblem(ATTRIBUTE, "Post-deploy script " + script + " is not among the migrations Flyway"
                        + " applies from " + String.join(", ", migrationLocations) + ", so it would never run. Name it like"
                        + " V8__drop_full_name.sql (a versioned migration; down scripts belong in undoLocations), or move it out of "
                        + script.location() + ".");
            }
        }
    }

    /** The post-deploy location {@code migration} was found in, if it was found in one. */
    public Optional<String> locationOf(Migration migration) {
        return scripts.stream().filter(s -> same(s, migration.script())).map(ScriptResource::location).findFirst();
    }

    private static boolean same(ScriptResource a, ScriptResource b) {
        return a.url().toExternalForm().equals(b.url().toExternalForm());
    }
}

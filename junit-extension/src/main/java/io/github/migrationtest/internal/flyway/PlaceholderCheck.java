package io.github.migrationtest.internal.flyway;

import io.github.migrationtest.internal.ConfigurationProblem;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every {@code ${name}} in the scripts must be a placeholder the {@code flyway} settings define, or PostgreSQL sees the
 * raw text ({@code syntax error at or near "$"}) only when the step runs. Flyway's own {@code ${flyway:…}} placeholders
 * are replaced in migrations; in down scripts the harness replaces {@code ${flyway:filename}} only.
 */
public final class PlaceholderCheck {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\s]+)}");

    private PlaceholderCheck() {
    }

    /** @param placeholders the defined placeholders; empty when Flyway's placeholder replacement is off (then nothing is checked) */
    public static void check(List<Migration> migrations, Map<String, String> placeholders, boolean replacement) {
        if (!replacement) {
            return;
        }
        for (Migration m : migrations) {
            check(m.script(), "Migration", placeholders, true);
            m.undo().ifPresent(u -> check(u, "Down script", placeholders, false));
        }
    }

    private static void check(ScriptResource script, String kind, Map<String, String> placeholders, boolean flywayRuns) {
        if (!script.config().placeholderReplacement()) {
            return;
        }
        List<String> lines = script.read().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = PLACEHOLDER.matcher(lines.get(i));
            while (m.find()) {
                String name = m.group(1);
                boolean builtIn = name.equals("flyway:filename") || (flywayRuns && name.startsWith("flyway:"));
                if (!builtIn && !placeholders.containsKey(name)) {
                    throw new ConfigurationProblem("flyway", kind + " " + script + " line " + (i + 1) + " uses the placeholder ${" + name
                            + "}, which is not defined (defined: " + defined(placeholders) + ")." + fix(name, flywayRuns));
                }
            }
        }
    }

    private static String fix(String name, boolean flywayRuns) {
        if (name.startsWith("flyway:")) {
            return " In down scripts the harness replaces only ${flyway:filename}; write the value, or define a placeholder of your own.";
        }
        return " Define it with @MigrationTest(flyway = \"flyway.placeholders." + name + "=…\"), or correct its name.";
    }

    private static String defined(Map<String, String> placeholders) {
        return placeholders.isEmpty() ? "none" : String.join(", ", new TreeSet<>(placeholders.keySet()));
    }
}

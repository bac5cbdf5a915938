package io.github.migrationtest.internal.flyway;

import io.github.migrationtest.internal.ConfigurationProblem;
import java.util.Comparator;
import java.util.List;

/**
 * The keys of a script's {@code .sql.conf}, checked when the scripts are loaded: Flyway reads only these, and a
 * misspelled one ({@code exectueInTransaction}) would silently make the script run otherwise than its file says.
 */
final class ScriptConfigKeys {

    static final List<String> KNOWN = List.of("executeInTransaction", "encoding", "placeholderReplacement", "shouldExecute");
    private static final List<String> BOOLEAN = List.of("executeInTransaction", "placeholderReplacement");

    private ScriptConfigKeys() {
    }

    /** @param attribute the attribute naming the script's locations, for the message */
    static void check(ScriptResource script, String attribute) {
        String text = script.configText().orElse("");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String[] pair = line.split("=", 2);
            String key = pair[0].strip();
            String where = script + ".conf line " + (i + 1) + ": ";
            if (!KNOWN.contains(key)) {
                throw new ConfigurationProblem(attribute, where + "unknown key \"" + key + "\"; did you mean \"" + nearest(key)
                        + "\"? Flyway reads only " + String.join(", ", KNOWN) + " there, so a misspelled key is not applied.");
            }
            String value = pair.length == 2 ? pair[1].strip() : "";
            if (BOOLEAN.contains(key) && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new ConfigurationProblem(attribute, where + key + " must be true or false, but is \"" + value + "\".");
            }
        }
    }

    private static String nearest(String key) {
        return KNOWN.stream().min(Comparator.comparingInt(k -> distance(k.toLowerCase(), key.toLowerCase()))).orElseThrow();
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}

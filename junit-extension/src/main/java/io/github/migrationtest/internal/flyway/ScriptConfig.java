package io.github.migrationtest.internal.flyway;

/**
 * What a script's {@code .sql.conf} says, as Flyway reads it (its keys are checked by {@link ScriptConfigKeys}).
 *
 * @param executeInTransaction   false when the script holds statements such as CREATE INDEX CONCURRENTLY
 * @param placeholderReplacement false when Flyway leaves {@code ${…}} in the script as it is
 */
public record ScriptConfig(boolean executeInTransaction, boolean placeholderReplacement) {

    public static final ScriptConfig DEFAULT = new ScriptConfig(true, true);

    static ScriptConfig parse(String text) {
        boolean inTransaction = true;
        boolean replacement = true;
        for (String line : text.split("\\R")) {
            String[] pair = line.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equals("executeInTransaction")) {
                inTransaction = !pair[1].strip().equalsIgnoreCase("false");
            }
            if (pair.length == 2 && pair[0].strip().equals("placeholderReplacement")) {
                replacement = !pair[1].strip().equalsIgnoreCase("false");
            }
        }
        return new ScriptConfig(inTransaction, replacement);
    }
}

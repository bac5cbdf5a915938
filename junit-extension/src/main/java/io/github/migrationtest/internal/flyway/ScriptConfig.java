package io.github.migrationtest.internal.flyway;

/**
 * What a script's {@code .sql.conf} says, as Flyway reads it: for now whether it runs in a transaction.
 *
 * @param executeInTransaction false when the script holds statements such as CREATE INDEX CONCURRENTLY
 */
public record ScriptConfig(boolean executeInTransaction) {

    public static final ScriptConfig DEFAULT = new ScriptConfig(true);

    static ScriptConfig parse(String text) {
        boolean inTransaction = true;
        for (String line : text.split("\\R")) {
            String[] pair = line.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equals("executeInTransaction")) {
                inTransaction = !pair[1].strip().equalsIgnoreCase("false");
            }
        }
        return new ScriptConfig(inTransaction);
    }
}

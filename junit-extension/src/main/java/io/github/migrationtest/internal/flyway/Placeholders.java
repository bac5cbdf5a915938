package io.github.migrationtest.internal.flyway;

import java.util.Map;

/** Replaces Flyway placeholders ({@code ${name}} from the configuration, {@code ${flyway:filename}}) in a down script. */
public final class Placeholders {

    private Placeholders() {
    }

    public static String replace(String sql, Map<String, String> placeholders, String fileName) {
        String result = sql.replace("${flyway:filename}", fileName);
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            result = result.replace("${" + p.getKey() + "}", p.getValue());
        }
        return result;
    }
}

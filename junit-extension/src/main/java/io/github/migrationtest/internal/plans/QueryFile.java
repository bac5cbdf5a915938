package io.github.migrationtest.internal.plans;

import io.github.migrationtest.internal.ConfigurationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code queries.sql}: each query under a {@code -- name: <name>} header, up to the next header. Lines before
 * the first header may only be comments or blank.
 */
public final class QueryFile {

    private static final Pattern HEADER = Pattern.compile("--\\s*name:\\s*(.*)");

    private QueryFile() {
    }

    /** @param key the configuration key that named the file, for problems */
    public static List<QuerySpec> parse(String location, String text, String key) {
        List<QuerySpec> queries = new ArrayList<>();
        String name = null;
        int headerLine = 0;
        StringBuilder sql = new StringBuilder();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = HEADER.matcher(lines[i].strip());
            if (m.matches()) {
                add(queries, name, sql, location, headerLine, key);
                name = m.group(1).strip();
                headerLine = i + 1;
                sql.setLength(0);
                if (name.isEmpty()) {
                    throw problem(key, location, headerLine, "the header names no query; write -- name: <name>");
                }
            } else if (name != null) {
                sql.append(lines[i]).append('\n');
            } else if (!lines[i].isBlank() && !lines[i].strip().startsWith("--")) {
                throw problem(key, location, i + 1, "SQL before the first \"-- name:\" header; start each query with -- name: <name>");
            }
        }
        add(queries, name, sql, location, headerLine, key);
        return queries;
    }

    private static void add(List<QuerySpec> queries, String name, StringBuilder sql, String location, int line, String key) {
        if (name == null) {
            return;
        }
        if (sql.toString().lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
            throw problem(key, location, line, "query \"" + name + "\" has no SQL below its header");
        }
        queries.add(new QuerySpec(name, sql.toString(), location + " line " + line));
    }

    private static ConfigurationProblem problem(String key, String location, int line, String what) {
        return new ConfigurationProblem(key, location + " line " + line + ": " + what + ".");
    }
}

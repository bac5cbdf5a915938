package io.github.migrationtest.internal.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement of a SQL workload file under its {@code -- name: <name>} header, with its parameters: each
 * {@code :table.column} is a value of an existing row, sent as a bind parameter.
 *
 * @param line       the line of its header
 * @param sql        the statement as written
 * @param jdbc       the statement with {@code ?} for each parameter
 * @param parameters {@code customers.id} per {@code ?}, in order
 */
record NamedStatement(String name, int line, String sql, String jdbc, List<String> parameters) {

    private static final Pattern HEADER = Pattern.compile("--\\s*name:\\s*(\\S.*?)\\s*");
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*){1,2})");

    static List<NamedStatement> parse(String text) {
        List<NamedStatement> statements = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        String name = null;
        int line = 0;
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i <= lines.length; i++) {
            Matcher header = i < lines.length ? HEADER.matcher(lines[i].strip()) : null;
            if (i == lines.length || header.matches()) {
                if (name != null && !sql.toString().isBlank()) {
                    statements.add(of(name, line, sql.toString().strip().replaceFirst(";\\s*$", "")));
                }
                if (i < lines.length) {
                    name = header.group(1);
                    line = i + 1;
                    sql.setLength(0);
                }
            } else if (name != null && !lines[i].strip().startsWith("--")) {
                sql.append(lines[i]).append('\n');
            }
        }
        return statements;
    }

    private static NamedStatement of(String name, int line, String sql) {
        List<String> parameters = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            parameters.add(m.group(1));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        return new NamedStatement(name, line, sql, jdbc.toString(), parameters);
    }
}

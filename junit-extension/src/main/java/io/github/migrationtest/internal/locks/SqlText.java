package io.github.migrationtest.internal.locks;

import io.github.migrationtest.internal.flyway.SqlStatement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough reading of SQL text for lock rules: comments stripped, whitespace collapsed, case ignored. */
final class SqlText {

    static final String NAME = "((?:\"[^\"]+\"|[\\w$]+)(?:\\.(?:\"[^\"]+\"|[\\w$]+))?)";
    private static final Pattern ALTER_TABLE = Pattern.compile(
            "^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?" + NAME, Pattern.CASE_INSENSITIVE);

    private SqlText() {
    }

    /** The statement without comments, on one line, single spaces. */
    static String clean(String sql) {
        return SqlStatement.clean(sql);
    }

    static boolean matches(String sql, String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(clean(sql)).find();
    }

    /** The first group of the first match, if any. */
    static Optional<String> find(String sql, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(clean(sql));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The table an {@code ALTER TABLE} statement changes. */
    static Optional<String> alterTableTarget(String sql) {
        Matcher m = ALTER_TABLE.matcher(clean(sql));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The first words of a statement, up to (not including) the first word matching {@code stopWord}; ends with
     * {@code …} when cut after {@code maxWords}.
     */
    static String wordsBefore(String sql, String stopWord, int maxWords) {
        String[] words = clean(sql).split(" ");
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (; i < words.length && i < maxWords && !words[i].matches("(?i)" + stopWord + "|\\(.*"); i++) {
            out.append(i == 0 ? "" : " ").append(words[i]);
        }
        boolean cut = i == maxWords && i < words.length && !words[i].matches("(?i)" + stopWord + "|\\(.*");
        return cut ? out + " …" : out.toString();
    }
}

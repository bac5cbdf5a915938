package io.github.migrationtest.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A definition cut into SQL tokens: words and numbers, quoted literals and identifiers, operators and punctuation.
 * Each token keeps where it stands in the text, so that a diff can show the text itself (whitespace collapsed).
 *
 * @param text   the definition
 * @param starts where each token starts in {@code text}
 * @param ends   where each token ends in {@code text} (exclusive)
 */
record SqlTokens(String text, int[] starts, int[] ends) {

    /** A word, number or quoted identifier; joined by dots they are one token ({@code c.post_id}, {@code 1.5}). */
    private static final String NAME = "(?:[\\p{L}\\p{N}_$]+|\"(?:[^\"]|\"\")*\")";
    private static final Pattern TOKEN = Pattern.compile(
            "'(?:[^']|'')*'|" + NAME + "(?:\\." + NAME + ")*|::|<=|>=|<>|!=|->>|->|\\|\\||\\S");

    static SqlTokens of(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        int[] starts = new int[found.size()];
        int[] ends = new int[found.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = found.get(i)[0];
            ends[i] = found.get(i)[1];
        }
        return new SqlTokens(text, starts, ends);
    }

    int size() {
        return starts.length;
    }

    String token(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** Tokens {@code from} to {@code to} (exclusive) as written, whitespace collapsed to one space; empty when none. */
    String text(int from, int to) {
        return from >= to ? "" : text.substring(starts[from], ends[to - 1]).replaceAll("\\s+", " ");
    }

    /** " " when whitespace stands between token {@code i - 1} and token {@code i}, else "" (also at either end). */
    String gapBefore(int i) {
        return i <= 0 || i >= size() || starts[i] == ends[i - 1] ? "" : " ";
    }
}

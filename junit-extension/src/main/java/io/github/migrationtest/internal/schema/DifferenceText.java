package io.github.migrationtest.internal.schema;

import io.github.migrationtest.SchemaDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A schema difference as a message line. Short definitions read {@code before → after}; when either side is longer than
 * {@value #LONG} characters the line shows only what changed, a few tokens around each place, deleted tokens as
 * {@code [-…-]} and inserted ones as {@code [+…+]}: {@code view public.v: its definition differs at 1 place:
 * "…c.post_id, [-c.parent_id,-] c.content, …"}. When most of the text changed, or more than {@value #MAX_PLACES}
 * places, the whole definitions are shown after all. The full definitions stay in {@link SchemaDifference}.
 */
public final class DifferenceText {

    static final int LONG = 200;
    private static final int CONTEXT = 4;
    private static final int MAX_PLACES = 5;

    private DifferenceText() {
    }

    /** The line for {@code d}, without indentation. */
    public static String of(SchemaDifference d) {
        String before = d.before();
        String after = d.after();
        if (before.equals(SchemaDifference.ABSENT) || after.equals(SchemaDifference.ABSENT)
                || Math.max(before.length(), after.length()) <= LONG) {
            return d.toString();
        }
        return changes(before, after).map(text -> d.kind() + " " + d.name() + ": " + text).orElse(d.toString());
    }

    /** {@code its definition differs at N places: "…" and "…"}, or empty when the whole texts say it better. */
    static Optional<String> changes(String before, String after) {
        SqlTokens was = SqlTokens.of(before);
        SqlTokens is = SqlTokens.of(after);
        List<TokenDiff.Place> places = TokenDiff.places(was, is, 2 * CONTEXT + 1);
        int changed = places.stream().mapToInt(TokenDiff.Place::changedTokens).sum();
        if (places.isEmpty() || places.size() > MAX_PLACES || 2 * changed > was.size() + is.size()) {
            return Optional.empty();
        }
        List<String> quoted = new ArrayList<>();
        places.forEach(p -> quoted.add("\"" + excerpt(was, is, p) + "\""));
        String list = quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
        return Optional.of("its definition differs at " + places.size() + (places.size() == 1 ? " place: " : " places: ") + list);
    }

    /** {@code …<context> [-deleted-][+inserted+] <context>…}, the context taken from before. */
    private static String excerpt(SqlTokens was, SqlTokens is, TokenDiff.Place p) {
        int from = Math.max(0, p.beforeFrom() - CONTEXT);
        int to = Math.min(was.size(), p.beforeTo() + CONTEXT);
        StringBuilder text = new StringBuilder(from > 0 ? "…" : "").append(was.text(from, p.beforeFrom()));
        boolean deletes = p.beforeTo() > p.beforeFrom();
        text.append(deletes ? was.gapBefore(p.beforeFrom()) : is.gapBefore(p.afterFrom()));
        if (deletes) {
            text.append("[-").append(was.text(p.beforeFrom(), p.beforeTo())).append("-]");
        }
        if (p.afterTo() > p.afterFrom()) {
            text.append("[+").append(is.text(p.afterFrom(), p.afterTo())).append("+]");
        }
        text.append(p.afterTo() > p.afterFrom() ? is.gapBefore(p.afterTo()) : was.gapBefore(p.beforeTo()));
        text.append(was.text(p.beforeTo(), to));
        if (to < was.size()) {
            text.append(was.gapBefore(to)).append("…");
        }
        return text.toString();
    }
}

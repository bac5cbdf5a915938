package io.github.migrationtest.internal.schema;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times PostgreSQL froze into a definition when it was created: {@code 'now'::timestamp} or {@code 'today'::date} in a
 * view or a default are folded into the literal of that moment, so every run of the same script writes another one.
 * Two definitions that differ only in such literals, each within a day of the rehearsal, are the same definition.
 */
final class FrozenTimes {

    private static final Pattern LITERAL = Pattern.compile(
            "'(\\d{4}-\\d{2}-\\d{2})( \\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)?([+-]\\d{2}(?::\\d{2})?)?'::(timestamp|date)");
    private static final Duration WINDOW = Duration.ofDays(1);

    private FrozenTimes() {
    }

    /** Whether the definitions are equal once the literals of recent times in both are set aside. */
    static boolean sameButForFrozenTimes(String before, String after, LocalDateTime now) {
        List<String> was = new ArrayList<>();
        List<String> is = new ArrayList<>();
        String a = strip(before, was);
        String b = strip(after, is);
        if (!a.equals(b) || was.size() != is.size()) {
            return false;
        }
        for (int i = 0; i < was.size(); i++) {
            if (!was.get(i).equals(is.get(i)) && !(recent(was.get(i), now) && recent(is.get(i), now))) {
                return false;
            }
        }
        return true;
    }

    private static String strip(String definition, List<String> literals) {
        Matcher m = LITERAL.matcher(definition);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            literals.add(m.group(1) + (m.group(2) == null ? " 00:00:00" : m.group(2)));
            m.appendReplacement(out, "'…'::" + m.group(4));
        }
        return m.appendTail(out).toString();
    }

    private static boolean recent(String literal, LocalDateTime now) {
        try {
            LocalDateTime time = literal.endsWith(" 00:00:00")
                    ? LocalDate.parse(literal.substring(0, 10)).atStartOfDay()
                    : LocalDateTime.parse(literal.replace(' ', 'T'));
            return Duration.between(time, now).abs().compareTo(WINDOW) <= 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

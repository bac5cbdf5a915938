package io.github.migrationtest.internal.junit;

import io.github.migrationtest.internal.ConfigurationProblem;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people write them in configuration: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, or ISO-8601 {@code PT30S}. */
final class DurationParser {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private DurationParser() {
    }

    static Duration parse(String key, String value) {
        Matcher m = SIMPLE.matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
        if (m.matches() && m.group(1).length() <= 12) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new ConfigurationProblem(key, key + " must be a duration such as 500ms, 30s, 2m or PT30S, but is \"" + value + "\".");
        }
    }
}

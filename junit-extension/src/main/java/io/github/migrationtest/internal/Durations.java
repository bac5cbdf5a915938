package io.github.migrationtest.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in configuration: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, or ISO-8601 {@code PT30S}. */
public final class Durations {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private Durations() {
    }

    /** The duration {@code value} writes; empty when it is none. */
    public static Optional<Duration> parse(String value) {
        Matcher m = SIMPLE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (m.matches() && m.group(1).length() <= 12) {
            long n = Long.parseLong(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            });
        }
        try {
            return Optional.of(Duration.parse(value.strip()));
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** A default of {@code MigrationTestConfiguration}, which is always a duration. */
    public static Duration ofDefault(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException("not a duration: " + value));
    }
}

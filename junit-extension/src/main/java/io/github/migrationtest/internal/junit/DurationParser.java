package io.github.migrationtest.internal.junit;

import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.Durations;
import java.time.Duration;

/** Reads durations as people write them in configuration: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, or ISO-8601 {@code PT30S}. */
final class DurationParser {

    private DurationParser() {
    }

    static Duration parse(String key, String value) {
        return Durations.parse(value).orElseThrow(() -> new ConfigurationProblem(key,
                key + " must be a duration such as 500ms, 30s, 2m or PT30S, but is \"" + value + "\"."));
    }
}

package io.github.migrationtest.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where settings come from: a function from a key ({@code migrationtest.rows}) to its value, if the source has one.
 * JUnit's configuration parameters are one source; the environment, system properties and a plain map are others,
 * so that a rehearsal can be driven without JUnit. Layers combine with {@link #orElse}.
 */
@FunctionalInterface
public interface SettingLookup {

    Optional<String> find(String key);

    /** This source first, then {@code next} for keys this one has no value for. */
    default SettingLookup orElse(SettingLookup next) {
        return key -> find(key).or(() -> next.find(key));
    }

    static SettingLookup of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return key -> Optional.ofNullable(copy.get(key));
    }

    /** Environment variables, named after the key: {@code migrationtest.locks.max-blocked} → {@code MIGRATIONTEST_LOCKS_MAX_BLOCKED}. */
    static SettingLookup environment() {
        return key -> Optional.ofNullable(System.getenv(environmentName(key)));
    }

    static SettingLookup systemProperties() {
        return key -> Optional.ofNullable(System.getProperty(key));
    }

    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}

package io.github.migrationtest.internal.seeding;

import io.github.migrationtest.internal.database.SeedCacheSettings;
import io.github.migrationtest.internal.database.SessionTimeouts;
import java.util.Map;
import java.util.Optional;

/**
 * What seeding needs of a rehearsal's settings ({@code RehearsalSettings.seeding()}), so that this package does not
 * depend on the engine that uses it.
 *
 * @param name      the test class, for the start line
 * @param rows      rows per table before the scale
 * @param tableRows rows per table named by {@code @Rows}
 * @param flyway    the Flyway settings, part of the seed-cache key
 */
public record SeedSettings(String name, long rows, Map<String, Long> tableRows, long seed, double scale,
        Map<String, String> flyway, SessionTimeouts timeouts, Optional<SeedCacheSettings> seedCache, SeedOverrides seedOverrides) {
}

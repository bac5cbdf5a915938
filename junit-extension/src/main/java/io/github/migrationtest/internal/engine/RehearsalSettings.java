package io.github.migrationtest.internal.engine;

import io.github.migrationtest.Check;
import io.github.migrationtest.internal.database.SeedCacheSettings;
import io.github.migrationtest.internal.database.SessionTimeouts;
import io.github.migrationtest.internal.seeding.SeedOverrides;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a rehearsal needs to know, already resolved from annotation, configuration and defaults.
 *
 * @param name           the test class's name, for reports and messages
 * @param locations      where the {@code V} scripts are
 * @param undoLocations  where the {@code U} scripts are
 * @param requireUndo    whether a missing down script fails the step
 * @param seedAt         the version applied (and seeded) before the first rehearsed step
 * @param rows           rows per table when seeding
 * @param tableRows      rows for particular tables
 * @param seed           the random seed of the synthetic data
 * @param scale          multiplier for every row count
 * @param flyway         Flyway settings as Flyway names them
 * @param database       {@code auto}, {@code embedded}, {@code docker}, a JDBC URL or a provider class
 * @param allowExternal  whether an existing server may be used
 * @param dockerImage    the image for Docker
 * @param timeouts       the timeouts of every harness connection
 * @param reportDirectory where this class's reports go
 * @param checks         each check's own settings, one record per check (the lock check's {@code LockSettings})
 * @param seedCache      where seeded templates are kept between runs, and how many; empty when the seed cache is off
 * @param seedOverrides  {@code @Values} and {@code @CustomizeSeeder} of the class
 */
public record RehearsalSettings(
        String name,
        List<String> locations,
        List<String> undoLocations,
        boolean requireUndo,
        Optional<String> seedAt,
        long rows,
        Map<String, Long> tableRows,
        long seed,
        double scale,
        Map<String, String> flyway,
        String database,
        boolean allowExternal,
        String dockerImage,
        SessionTimeouts timeouts,
        Path reportDirectory,
        Map<Class<? extends Record>, Record> checks,
        Optional<SeedCacheSettings> seedCache,
        Set<Check> checksOff,
        SeedOverrides seedOverrides) {

    public RehearsalSettings {
        checks = Map.copyOf(checks);
    }

    /** One check's own settings, resolved and validated with the others before any database starts. */
    public <S extends Record> S settingsOf(Class<S> type) {
        Record settings = checks.get(type);
        if (settings == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " among the settings of " + name);
        }
        return type.cast(settings);
    }
}

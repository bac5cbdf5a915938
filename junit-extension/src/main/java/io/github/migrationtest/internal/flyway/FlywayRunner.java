package io.github.migrationtest.internal.flyway;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Runs Flyway forward to a target version. PostgreSQL's transactional advisory lock is off so that
 * {@code CREATE INDEX CONCURRENTLY} does not wait forever on Flyway's own lock.
 */
public final class FlywayRunner {

    /** The application name of the connections that run migrations, as {@code pg_stat_activity} shows it. */
    public static final String APPLICATION = "migrationtest-migrate";

    static final String TRANSACTIONAL_LOCK = "flyway.postgresql.transactional.lock";

    private final DataSource dataSource;
    private final ClassLoader loader;
    private final List<String> locations;
    private final Map<String, String> flywayProperties;
    private final Configuration configuration;

    public FlywayRunner(DataSource dataSource, ClassLoader loader, List<String> locations, Map<String, String> flywayProperties) {
        this.dataSource = dataSource;
        this.loader = loader;
        this.locations = locations;
        this.flywayProperties = flywayProperties;
        this.configuration = configure(null);
    }

    private FluentConfiguration configure(String target) {
        FluentConfiguration fluent = Flyway.configure(loader)
                .configuration(flywayProperties)
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true)
                .cleanDisabled(true)
                .loggers("slf4j");
        if (target != null) {
            fluent.target(target);
        }
        if (!flywayProperties.containsKey(TRANSACTIONAL_LOCK)) {
            // the plugin register is the one way to this setting that Flyway 10 to 13 all have (getConfigurationExtension came
            // in late 11.x; a configuration property needs jackson-databind from 13 on)
            fluent.getPluginRegister().getPlugin(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        }
        return fluent;
    }

    /** Migrates to the version; returns the failure, or null when it succeeded. */
    public ScriptFailure migrateTo(Migration target) {
        return migrate(target.versionText(), target.script().toString(), () -> SqlSplitter.split(target.script().read()));
    }

    /**
     * Migrates through {@code path} (the pending migrations in version order, the last one the target) in one Flyway
     * run; returns the failure blamed on the migration that failed — the first of the path that is not applied
     * afterwards — or null when every one succeeded.
     */
    public MigrationFailure migrateThrough(List<Migration> path) {
        if (path.isEmpty()) {
            return null;
        }
        Migration target = path.get(path.size() - 1);
        try {
            configure(target.versionText()).load().migrate();
            return null;
        } catch (FlywayException e) {
            Migration culprit = firstNotApplied(path);
            return new MigrationFailure(culprit, ScriptFailure.ofFlyway(culprit.script().toString(),
                    SqlSplitter.split(culprit.script().read()), e));
        }
    }

    private Migration firstNotApplied(List<Migration> path) {
        try {
            Set<String> applied = Arrays.stream(configure(null).load().info().applied())
                    .filter(info -> info.getVersion() != null && !info.getState().isFailed())
                    .map(info -> info.getVersion().getVersion()).collect(Collectors.toSet());
            return path.stream().filter(m -> !applied.contains(m.versionText())).findFirst().orElse(path.get(path.size() - 1));
        } catch (FlywayException unreadable) {
            return path.get(path.size() - 1);
        }
    }

    /** Migrates to the version; returns the failure (blamed on {@code script}), or null when it succeeded. */
    public ScriptFailure migrateTo(String version, String script) {
        return migrate(version, script, List::of);
    }

    private ScriptFailure migrate(String version, String script, Supplier<List<SqlStatement>> statements) {
        try {
            configure(version).load().migrate();
            return null;
        } catch (FlywayException e) {
            return ScriptFailure.ofFlyway(script, statements.get(), e);
        }
    }

    /** The qualified history table, e.g. {@code public.flyway_schema_history}. */
    public String historyTable() {
        String schema = configuration.getDefaultSchema() != null ? configuration.getDefaultSchema()
                : configuration.getSchemas().length > 0 ? configuration.getSchemas()[0] : "public";
        return schema + "." + configuration.getTable();
    }

    public Map<String, String> placeholders() {
        return configuration.getPlaceholders();
    }
}

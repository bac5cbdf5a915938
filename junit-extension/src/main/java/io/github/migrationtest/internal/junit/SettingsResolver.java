package io.github.migrationtest.internal.junit;

import static io.github.migrationtest.MigrationTestConfiguration.*;

import io.github.migrationtest.Check;
import io.github.migrationtest.CriticalQuery;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.Rows;
import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.SettingLookup;
import io.github.migrationtest.internal.checks.Checks;
import io.github.migrationtest.internal.database.SeedCacheSettings;
import io.github.migrationtest.internal.database.SessionTimeouts;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import io.github.migrationtest.internal.locks.LockPolicy;
import io.github.migrationtest.internal.locks.LockSettings;
import io.github.migrationtest.internal.plans.PlanSettings;
import io.github.migrationtest.internal.plans.QueryFiles;
import io.github.migrationtest.internal.plans.QuerySpec;
import io.github.migrationtest.internal.flyway.PostDeployScripts;
import io.github.migrationtest.internal.workload.Applications;
import io.github.migrationtest.internal.workload.DeployOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Resolves settings in layers: annotation attribute ► configuration parameter ► environment variable ► default. */
final class SettingsResolver {

    /** PostgreSQL's largest timeout: {@code INT_MAX} milliseconds (24 days, 20 hours). */
    private static final Duration LONGEST_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

    private final Class<?> testClass;
    private final SettingLookup lookup;

    private SettingsResolver(Class<?> testClass, SettingLookup lookup) {
        this.testClass = testClass;
        this.lookup = lookup;
    }

    /** The settings of the class JUnit runs: its configuration parameters first, then the environment. */
    static RehearsalSettings resolve(ExtensionContext context) {
        SettingLookup parameters = context::getConfigurationParameter;
        return resolve(context.getRequiredTestClass(), parameters.orElse(SettingLookup.environment()));
    }

    /** The settings of {@code testClass}: its annotations first, then {@code lookup}, then the defaults. */
    static RehearsalSettings resolve(Class<?> testClass, SettingLookup lookup) {
        return new SettingsResolver(testClass, lookup).settings();
    }

    private RehearsalSettings settings() {
        MigrationTest a = AnnotationSupport.findAnnotation(testClass, MigrationTest.class).orElseThrow(() -> new ConfigurationProblem("@MigrationTest",
                "MigrationTestExtension needs @MigrationTest on " + testClass.getName() + " (or on an annotation it carries)."));
        Map<String, Long> tableRows = new LinkedHashMap<>();
        AnnotationSupport.findRepeatableAnnotations(testClass, Rows.class).forEach(r -> tableRows.put(r.table(), r.count()));
        List<String> postDeployLocations = list(a.postDeployLocations(), POST_DEPLOY_LOCATIONS, "");
        List<String> locations = list(a.locations(), LOCATIONS, LOCATIONS_DEFAULT);
        DeployOrder order = new DeployOrder(list(a.releases(), RELEASES, ""),
                PostDeployScripts.scan(testClass.getClassLoader(), postDeployLocations));
        return new RehearsalSettings(
                testClass.getName(),
                PostDeployScripts.withLocations(locations, postDeployLocations),
                list(a.undoLocations(), UNDO_LOCATIONS, UNDO_LOCATIONS_DEFAULT),
                a.requireUndo() == MigrationTest.Requirement.DEFAULT ? bool(REQUIRE_UNDO, true) : a.requireUndo() == MigrationTest.Requirement.TRUE,
                Optional.of(text(a.seedAt(), SEED_AT, "")).filter(s -> !s.isBlank()),
                a.rows() != MigrationTest.UNSET_NUMBER ? a.rows() : number(ROWS, ROWS_DEFAULT),
                tableRows,
                a.seed() != MigrationTest.UNSET_NUMBER ? a.seed() : number(SEED, SEED_DEFAULT),
                decimal(SCALE, SCALE_DEFAULT),
                flyway(a.flyway()),
                text(MigrationTest.UNSET, DATABASE, DATABASE_DEFAULT),
                bool(EXTERNAL_ALLOW, false),
                text(MigrationTest.UNSET, DOCKER_IMAGE, DOCKER_IMAGE_DEFAULT),
                new SessionTimeouts(timeout(LOCK_TIMEOUT, LOCK_TIMEOUT_DEFAULT),
                        timeout(STATEMENT_TIMEOUT, STATEMENT_TIMEOUT_DEFAULT),
                        timeout(IDLE_IN_TRANSACTION_TIMEOUT, IDLE_IN_TRANSACTION_TIMEOUT_DEFAULT),
                        SessionTimeouts.DEFAULTS.connect()),
                Path.of(text("", REPORT_DIRECTORY, REPORT_DIRECTORY_DEFAULT)).resolve(testClass.getSimpleName()),
                Map.of(LockSettings.class, locks(), PlanSettings.class, plans(testClass), Applications.class,
                        ApplicationsResolver.resolve(testClass, this::text, order)),
                seedCache(),
                checksOff(),
                SeedOverridesResolver.resolve(testClass).withSeeder(seeder()));
    }

    /**
     * {@code migrationtest.seed.triggers}, {@code migrationtest.seed.statistics} and
     * {@code migrationtest.seed.implied-references}, applied before {@code @CustomizeSeeder}.
     */
    private java.util.function.UnaryOperator<io.github.migrationtest.fixtures.Seeder> seeder() {
        String triggers = text("", SEED_TRIGGERS, SEED_TRIGGERS_DEFAULT).toLowerCase(Locale.ROOT);
        if (!triggers.equals("disabled") && !triggers.equals("enabled")) {
            throw new ConfigurationProblem(SEED_TRIGGERS, SEED_TRIGGERS + " must be disabled (user triggers off while seeding, the default)"
                    + " or enabled (they fire for every seeded row), but is \"" + triggers + "\".");
        }
        String statistics = text("", SEED_STATISTICS, "");
        if (!statistics.isEmpty() && !java.nio.file.Files.isRegularFile(Path.of(statistics))) {
            throw new ConfigurationProblem(SEED_STATISTICS, SEED_STATISTICS + " names the production statistics file, but "
                    + Path.of(statistics).toAbsolutePath() + " is not a file. Make it on production with the read-only query in"
                    + " export-statistics.sql (docs/configuration.md): psql -XAtq -d <database> -f export-statistics.sql -o statistics.json");
        }
        boolean implied = bool(SEED_IMPLIED_REFERENCES, true);
        return seeder -> {
            io.github.migrationtest.fixtures.Seeder s = seeder.userTriggers(triggers.equals("enabled")).impliedReferences(implied);
            return statistics.isEmpty() ? s : s.statistics(Path.of(statistics));
        };
    }

    private PlanSettings plans(Class<?> testClass) {
        List<QuerySpec> annotated = AnnotationSupport.findRepeatableAnnotations(testClass, CriticalQuery.class).stream()
                .map(q -> new QuerySpec(q.name(), q.sql(), "@CriticalQuery on " + testClass.getSimpleName())).toList();
        String files = text("", PLANS_QUERIES, PLANS_QUERIES_DEFAULT);
        List<QuerySpec> queries = QueryFiles.load(annotated, list(new String[0], PLANS_QUERIES, PLANS_QUERIES_DEFAULT),
                files.equals(PLANS_QUERIES_DEFAULT), testClass.getClassLoader(), PLANS_QUERIES);
        Map<String, String> user = new LinkedHashMap<>();
        for (String pair : list(new String[0], PLANS_SETTINGS, "")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || !kv[0].strip().matches("[a-z_]+") || kv[1].isBlank()) {
                throw new ConfigurationProblem(PLANS_SETTINGS, PLANS_SETTINGS + " lists planner settings as name=value, separated"
                        + " by commas, e.g. random_page_cost=1.1,effective_cache_size=24GB, but \"" + pair + "\" is not one.");
            }
            user.put(kv[0].strip(), kv[1].strip());
        }
        long errorFromRows = number(PLANS_ERROR_FROM_ROWS, PLANS_ERROR_FROM_ROWS_DEFAULT);
        double maxCostFactor = decimal(PLANS_MAX_COST_FACTOR, PLANS_MAX_COST_FACTOR_DEFAULT);
        if (errorFromRows < 0 || maxCostFactor < 1) {
            String key = errorFromRows < 0 ? PLANS_ERROR_FROM_ROWS : PLANS_MAX_COST_FACTOR;
            throw new ConfigurationProblem(key, key + (errorFromRows < 0 ? " must be 0 or more." : " must be 1 or more (the"
                    + " factor by which a query's estimated cost may grow)."));
        }
        return new PlanSettings(queries, PlanSettings.withUser(user), errorFromRows, maxCostFactor);
    }

    private Set<Check> checksOff() {
        Set<Check> off = EnumSet.noneOf(Check.class);
        for (String name : list(new String[0], CHECKS_OFF, "")) {
            Optional<Check> check = Arrays.stream(Check.values()).filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
            if (check.isEmpty() || !Checks.skippable().contains(check.get())) {
                throw new ConfigurationProblem(CHECKS_OFF, CHECKS_OFF + " lists default checks to skip, separated by commas:"
                        + " any of " + Checks.skippable().stream().map(Check::name).collect(Collectors.joining(", "))
                        + ", but \"" + name + "\" is " + (check.isEmpty() ? "no check." : "not one of them: the other checks"
                        + " are what a rehearsal is (the migration runs forward, back and again)."));
            }
            off.add(check.get());
        }
        return off;
    }

    private Optional<SeedCacheSettings> seedCache() {
        boolean on = bool(SEED_CACHE, true);
        Path directory = Path.of(text("", SEED_CACHE_DIRECTORY, SEED_CACHE_DIRECTORY_DEFAULT));
        String maxEntries = text("", SEED_CACHE_MAX_ENTRIES, SEED_CACHE_MAX_ENTRIES_DEFAULT);
        if (!maxEntries.matches("\\d{1,9}")) {
            throw new ConfigurationProblem(SEED_CACHE_MAX_ENTRIES, SEED_CACHE_MAX_ENTRIES + " is how many seeded templates the seed cache keeps:"
                    + " a whole number, 0 or more (default " + SEED_CACHE_MAX_ENTRIES_DEFAULT + "; 0 keeps only the entries in use), but is \""
                    + maxEntries + "\".");
        }
        return on ? Optional.of(new SeedCacheSettings(directory, Integer.parseInt(maxEntries))) : Optional.empty();
    }

    private LockSettings locks() {
        long errorFromRows = number(LOCKS_ERROR_FROM_ROWS, LOCKS_ERROR_FROM_ROWS_DEFAULT);
        if (errorFromRows < 0) {
            throw new ConfigurationProblem(LOCKS_ERROR_FROM_ROWS, LOCKS_ERROR_FROM_ROWS + " must be 0 or more, but is " + errorFromRows + ".");
        }
        LockPolicy policy = LockPolicy.DEFAULTS
                .withSizeThresholds(Math.min(LockPolicy.DEFAULT_INFO_BELOW_ROWS, errorFromRows), errorFromRows)
                .withMaxBlocked(notNegative(LOCKS_MAX_BLOCKED, LOCKS_MAX_BLOCKED_DEFAULT))
                .withMaxQueueWait(timeout(LOCKS_MAX_QUEUE_WAIT, LOCKS_MAX_QUEUE_WAIT_DEFAULT));
        return new LockSettings(policy, positive(LOCKS_SAMPLE_INTERVAL, LOCKS_SAMPLE_INTERVAL_DEFAULT),
                positive(LOCKS_PROBE_INTERVAL, LOCKS_PROBE_INTERVAL_DEFAULT),
                Optional.of(text("", LOCKS_BLOCKER, "")).filter(s -> !s.isBlank()));
    }

    private Duration duration(String key, String defaultValue) {
        return DurationParser.parse(key, text("", key, defaultValue));
    }

    /** A timeout PostgreSQL applies: 0 would mean "never", and it takes at most {@code INT_MAX} milliseconds. */
    private Duration timeout(String key, String defaultValue) {
        String value = text("", key, defaultValue);
        Duration d = DurationParser.parse(key, value);
        if (d.isZero() || d.isNegative() || d.compareTo(LONGEST_TIMEOUT) > 0) {
            throw new ConfigurationProblem(key, key + " must be longer than 0 ms and at most 24 days, e.g. " + defaultValue + ", but is \""
                    + value + "\". PostgreSQL reads 0 as \"no timeout\", which would let a hanging migration stop the build for ever.");
        }
        return d;
    }

    private Duration notNegative(String key, String defaultValue) {
        String value = text("", key, defaultValue);
        Duration d = DurationParser.parse(key, value);
        if (d.isNegative()) {
            throw new ConfigurationProblem(key, key + " must be 0 ms or longer, e.g. " + defaultValue + ", but is \"" + value + "\".");
        }
        return d;
    }

    private Duration positive(String key, String defaultValue) {
        Duration d = duration(key, defaultValue);
        if (d.isZero() || d.isNegative()) {
            throw new ConfigurationProblem(key, key + " must be longer than 0 ms, e.g. " + defaultValue + ".");
        }
        return d;
    }

    private String text(String attribute, String key, String defaultValue) {
        if (!attribute.isEmpty()) {
            return attribute;
        }
        return lookup.find(key).orElse(defaultValue).strip();
    }

    private List<String> list(String[] attribute, String key, String defaultValue) {
        String joined = attribute.length > 0 ? String.join(",", attribute) : text("", key, defaultValue);
        return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private boolean bool(String key, boolean defaultValue) {
        String value = text("", key, String.valueOf(defaultValue));
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new ConfigurationProblem(key, key + " must be true or false, but is \"" + value + "\".");
        }
        return Boolean.parseBoolean(value);
    }

    private long number(String key, String defaultValue) {
        String value = text("", key, defaultValue).replace("_", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationProblem(key, key + " must be a whole number, but is \"" + value + "\".");
        }
    }

    private double decimal(String key, String defaultValue) {
        String value = text("", key, defaultValue);
        try {
            double d = Double.parseDouble(value);
            if (d <= 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new ConfigurationProblem(key, key + " must be a positive number such as 0.01 or 10, but is \"" + value + "\".");
        }
    }

    private static Map<String, String> flyway(String[] pairs) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : pairs) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || !kv[0].strip().startsWith("flyway.")) {
                throw new ConfigurationProblem("flyway", "@MigrationTest(flyway = \"" + pair + "\") is not a Flyway setting; write it as \"flyway.<name>=<value>\", e.g. \"flyway.table=schema_history\".");
            }
            settings.put(kv[0].strip(), kv[1].strip());
        }
        return settings;
    }
}

package io.github.migrationtest;

/**
 * Configuration keys. Each is read as a JUnit configuration parameter ({@code -Dkey=value} or
 * {@code junit-platform.properties}), then as an environment variable ({@code MIGRATIONTEST_SEED} for
 * {@code migrationtest.seed}: upper case, dots and dashes as underscores), then the default applies.
 * An annotation attribute, when set, wins over all of them.
 */
public final class MigrationTestConfiguration {

    /** Comma-separated Flyway locations of the {@code V} scripts. */
    public static final String LOCATIONS = "migrationtest.locations";
    public static final String LOCATIONS_DEFAULT = "classpath:db/migration";

    /** Comma-separated locations of the {@code U} scripts. */
    public static final String UNDO_LOCATIONS = "migrationtest.undo-locations";
    public static final String UNDO_LOCATIONS_DEFAULT = "classpath:db/undo";

    /**
     * Comma-separated locations of post-deploy migrations: {@code V} scripts Flyway applies with the others, by
     * version, that run once the new code is live (as if each said {@code -- migrationtest: post-deploy}); empty: none.
     */
    public static final String POST_DEPLOY_LOCATIONS = "migrationtest.post-deploy-locations";

    /** {@code true}: a migration without down script fails its step; {@code false}: it is reported as irreversible. */
    public static final String REQUIRE_UNDO = "migrationtest.require-undo";

    /** The version applied and seeded before the first rehearsed step; empty: none. */
    public static final String SEED_AT = "migrationtest.seed-at";

    /** Comma-separated last versions of the releases, in version order, e.g. {@code 6,9}; empty: none. */
    public static final String RELEASES = "migrationtest.releases";

    /** Rows per table when seeding. */
    public static final String ROWS = "migrationtest.rows";
    public static final String ROWS_DEFAULT = "1000";

    /** The random seed of the synthetic data; printed in every failure so that a run can be replayed. */
    public static final String SEED = "migrationtest.seed";
    public static final String SEED_DEFAULT = "42";

    /** Multiplier applied to every row count, e.g. {@code 0.01} in pull requests, {@code 10} at night. */
    public static final String SCALE = "migrationtest.scale";
    public static final String SCALE_DEFAULT = "1";

    /** {@code auto} (Docker when it answers, else embedded), {@code embedded}, {@code docker}, a JDBC URL, or a provider class. */
    public static final String DATABASE = "migrationtest.database";
    public static final String DATABASE_DEFAULT = "auto";

    /** Must be {@code true} before the harness creates its databases on an existing server given by JDBC URL. */
    public static final String EXTERNAL_ALLOW = "migrationtest.external.allow";

    /** The Docker image for {@code migrationtest.database=docker}. */
    public static final String DOCKER_IMAGE = "migrationtest.docker.image";
    public static final String DOCKER_IMAGE_DEFAULT = "postgres:17-alpine";

    /** {@code lock_timeout} of every harness connection (ISO-8601 or {@code 30s}, {@code 500ms}, {@code 2m}). */
    public static final String LOCK_TIMEOUT = "migrationtest.timeout.lock";
    public static final String LOCK_TIMEOUT_DEFAULT = "30s";

    /** {@code statement_timeout} of every harness connection. */
    public static final String STATEMENT_TIMEOUT = "migrationtest.timeout.statement";
    public static final String STATEMENT_TIMEOUT_DEFAULT = "10m";

    /** {@code idle_in_transaction_session_timeout} of every harness connection. */
    public static final String IDLE_IN_TRANSACTION_TIMEOUT = "migrationtest.timeout.idle-in-transaction";
    public static final String IDLE_IN_TRANSACTION_TIMEOUT_DEFAULT = "2m";

    /** Where reports are written; one folder per test class below it. */
    public static final String REPORT_DIRECTORY = "migrationtest.report.directory";
    public static final String REPORT_DIRECTORY_DEFAULT = "target/migrationtest";

    /** A step fails when it blocked ordinary reads or writes of an existing table longer than this. */
    public static final String LOCKS_MAX_BLOCKED = "migrationtest.locks.max-blocked";
    public static final String LOCKS_MAX_BLOCKED_DEFAULT = "100ms";

    /** Lock rules broken on a table with at least this many production rows (before the scale) fail the step. */
    public static final String LOCKS_ERROR_FROM_ROWS = "migrationtest.locks.error-from-rows";
    public static final String LOCKS_ERROR_FROM_ROWS_DEFAULT = "100000";

    /** How often the lock sampler reads {@code pg_locks} during forward and back. */
    public static final String LOCKS_SAMPLE_INTERVAL = "migrationtest.locks.sample-interval";
    public static final String LOCKS_SAMPLE_INTERVAL_DEFAULT = "5ms";

    /** How often each probe tries an ordinary read and an ordinary write of a table the migration locks. */
    public static final String LOCKS_PROBE_INTERVAL = "migrationtest.locks.probe-interval";
    public static final String LOCKS_PROBE_INTERVAL_DEFAULT = "10ms";

    /**
     * A table (e.g. {@code public.orders}) on which a long reading transaction is held while each step is rehearsed
     * once more on a copy: the step passes only if the migration gives up within its lock_timeout. Empty: off.
     */
    public static final String LOCKS_BLOCKER = "migrationtest.locks.blocker";

    /** With a blocker: the longest a migration may wait for its lock before it must give up. */
    public static final String LOCKS_MAX_QUEUE_WAIT = "migrationtest.locks.max-queue-wait";
    public static final String LOCKS_MAX_QUEUE_WAIT_DEFAULT = "5s";
    /**
     * {@code true}: a seeded class on the embedded database keeps its seeded template between runs, so that a repeat run
     * with the same migrations up to {@code seedAt}, the same seed plan and the same PostgreSQL skips seeding.
     */
    public static final String SEED_CACHE = "migrationtest.seed-cache";
    public static final String SEED_CACHE_DEFAULT = "true";

    /**
     * Default checks to skip, comma-separated: any of {@code DATA_PRESERVED}, {@code DATA_RESTORED},
     * {@code DATA_REPRODUCED}, {@code BLOCKING}, {@code LOCK_RULES} and {@code PLANS}. With all three data checks off no table is
     * fingerprinted; with both lock checks off no lock is traced, sampled or probed. Assertions that need a skipped
     * check fail and say so.
     */
    public static final String CHECKS_OFF = "migrationtest.checks.off";

    /** Where the seed cache keeps its clusters; deleting the folder (e.g. {@code mvn clean}) clears it. */
    public static final String SEED_CACHE_DIRECTORY = "migrationtest.seed-cache.directory";
    public static final String SEED_CACHE_DIRECTORY_DEFAULT = "target/migrationtest/seed-cache";

    /**
     * How many seeded templates the seed cache keeps (0 or more): when a class opens its entry, which then counts as the
     * most recently used, the least recently used others beyond this many are deleted. Entries in use by a running JVM
     * are never deleted and are kept on top of this; 0 keeps only those.
     */
    public static final String SEED_CACHE_MAX_ENTRIES = "migrationtest.seed-cache.max-entries";
    public static final String SEED_CACHE_MAX_ENTRIES_DEFAULT = "4";

    /** Threads that run the {@code @OldApplication} (and {@code @CurrentApplication}) workload when its {@code threads} is unset. */
    public static final String OLD_APPLICATION_THREADS = "migrationtest.old-application.threads";
    public static final String OLD_APPLICATION_THREADS_DEFAULT = "4";

    /** Calls every thread completes before the forward run starts (at least 6: past PgJDBC's server-prepare threshold of 5). */
    public static final String OLD_APPLICATION_WARMUP_CALLS = "migrationtest.old-application.warmup-calls";
    public static final String OLD_APPLICATION_WARMUP_CALLS_DEFAULT = "10";

    /** Calls every thread completes after the forward run before the workload stops. */
    public static final String OLD_APPLICATION_AFTER_CALLS = "migrationtest.old-application.after-calls";
    public static final String OLD_APPLICATION_AFTER_CALLS_DEFAULT = "3";

    /** The least time the workload keeps running after the forward run. */
    public static final String OLD_APPLICATION_AFTER = "migrationtest.old-application.after";
    public static final String OLD_APPLICATION_AFTER_DEFAULT = "500ms";

    /** The longest wait for the steady state, for the calls after the forward run, and for the threads to stop. */
    public static final String OLD_APPLICATION_TIMEOUT = "migrationtest.old-application.timeout";
    public static final String OLD_APPLICATION_TIMEOUT_DEFAULT = "60s";

    /** Calls of all threads together after which the workload stops calling, in one step. */
    public static final String OLD_APPLICATION_MAX_CALLS = "migrationtest.old-application.max-calls";
    public static final String OLD_APPLICATION_MAX_CALLS_DEFAULT = "1000000";

    /** Pause of each thread between two calls ({@code 0ms}: none). */
    public static final String OLD_APPLICATION_PAUSE = "migrationtest.old-application.pause";
    public static final String OLD_APPLICATION_PAUSE_DEFAULT = "1ms";

    /**
     * {@code disabled}: the user triggers of the seeded tables are off while rows are loaded (and on again after it, in
     * their former mode); the tables they maintain are seeded like any other. {@code enabled}: they fire for every row.
     */
    public static final String SEED_TRIGGERS = "migrationtest.seed.triggers";
    public static final String SEED_TRIGGERS_DEFAULT = "disabled";

    /**
     * A JSON file of production statistics (row counts, null fractions, distinct counts, widths, correlation; no
     * values), made on production with the read-only query in the fixtures resource
     * {@code io/github/migrationtest/fixtures/export-statistics.sql}: the seeder matches them table by table.
     */
    public static final String SEED_STATISTICS = "migrationtest.seed.statistics";

    /**
     * {@code true}: a column named like a reference ({@code <x>_id}, {@code <x>Id}, {@code <x>_uuid}, {@code parent_id})
     * without a foreign key, of the type of the primary key of table {@code <x>} (or a plural of it), is seeded with
     * that table's keys. {@code false}: it gets values of its own.
     */
    public static final String SEED_IMPLIED_REFERENCES = "migrationtest.seed.implied-references";

    /**
     * Comma-separated files of critical queries, each query under a {@code -- name: <name>} header
     * ({@code classpath:} or {@code filesystem:}); the default file may be absent.
     */
    public static final String PLANS_QUERIES = "migrationtest.plans.queries";
    public static final String PLANS_QUERIES_DEFAULT = "classpath:db/queries.sql";

    /**
     * Planner settings of production, comma-separated {@code name=value} pairs, e.g.
     * {@code random_page_cost=1.1,effective_cache_size=24GB,work_mem=64MB}; they replace the pinned ones.
     */
    public static final String PLANS_SETTINGS = "migrationtest.plans.settings";

    /** A critical query that loses its index, or newly reads a whole table, fails the step from this many production rows. */
    public static final String PLANS_ERROR_FROM_ROWS = "migrationtest.plans.error-from-rows";
    public static final String PLANS_ERROR_FROM_ROWS_DEFAULT = "10000";

    /** A critical query whose estimated cost grows by more than this factor fails the step. */
    public static final String PLANS_MAX_COST_FACTOR = "migrationtest.plans.max-cost-factor";
    public static final String PLANS_MAX_COST_FACTOR_DEFAULT = "2";

    private MigrationTestConfiguration() {
    }
}

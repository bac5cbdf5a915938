package io.github.migrationtest.internal.engine;

import io.github.migrationtest.internal.database.ScratchDatabases;
import io.github.migrationtest.internal.flyway.FlywayRunner;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.MigrationFailure;
import io.github.migrationtest.internal.seeding.SeedPoint;
import io.github.migrationtest.internal.seeding.TopUp;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The working database that walks through the steps: brought to the version before each step (from where the last
 * step left it, or rebuilt from a copy of the seed point), topped up on seeded runs. The first thing that blocks the way
 * (a migration that fails forward, a top-up that cannot seed, the seed point) is kept, and every later step it blocks
 * fails at once naming it.
 */
final class WorkingCopy {

    private final List<Migration> migrations;
    private final int seedIndex;
    private final boolean seeded;
    private final SeedPoint seedPoint;
    private final TopUp topUp;
    private final Function<String, FlywayRunner> flyway;
    private String working;
    private int applied = -1;
    private int toppedUp = -1;
    private Set<String> seedPointTables;
    private Blockage blockage;

    WorkingCopy(List<Migration> migrations, int seedIndex, boolean seeded, SeedPoint seedPoint, TopUp topUp,
                Function<String, FlywayRunner> flyway) {
        this.migrations = migrations;
        this.seedIndex = seedIndex;
        this.seeded = seeded;
        this.seedPoint = seedPoint;
        this.topUp = topUp;
        this.flyway = flyway;
    }

    /** The working database at the version before {@code migrations[index]}; {@link Blockage.Found} when it cannot get there. */
    String before(int index) throws SQLException {
        if (blockage != null && blockage.blocks(index - 1, migrations.indexOf(blockage.culprit()))) {
            throw new Blockage.Found(blockage);
        }
        try {
            bringTo(index - 1);
        } catch (Blockage.Found e) {
            blockage = blockage == null ? e.blockage() : blockage;
            throw e;
        }
        return working;
    }

    /** After a step ran: whether it left the database clean at its version, and why its forward run failed, if it did. */
    void stepRan(int index, boolean leftClean, Blockage forwardFailure) {
        applied = leftClean ? index : Integer.MIN_VALUE;
        if (forwardFailure != null && blockage == null) {
            blockage = forwardFailure;
        }
    }

    /** After the harness failed during a step: the database is in an unknown state and is rebuilt for the next one. */
    void lost() {
        applied = Integer.MIN_VALUE;
    }

    /** A new database in the state before {@code migration}: a copy of the seed point migrated to the version before it. */
    String rebuiltBefore(Migration migration) throws SQLException {
        String copy = seedPoint.newCopy();
        int index = migrations.indexOf(migration);
        MigrationFailure failure = migrateForward(copy, seedIndex, index - 1);
        if (failure != null) {
            throw new SQLException("cannot rebuild the database before " + migration.displayName() + ": "
                    + failure.migration().displayName() + " fails forward: " + failure.failure().describe());
        }
        return copy;
    }

    private void bringTo(int index) throws SQLException {
        if (working == null || applied > index || applied == Integer.MIN_VALUE) {
            if (working != null) {
                String old = working;
                working = null;
                databases().drop(old);
            }
            working = seedPoint.newCopy();
            applied = seedIndex;
            toppedUp = seedIndex;
            if (seeded && seedPointTables == null) {
                seedPointTables = TopUp.tables(seedData(working));
            }
        }
        int from = applied;
        applied = Integer.MIN_VALUE;
        if (seeded && toppedUp < from) {
            topUp.after(migrations.get(from), seedData(working), seedPointTables());
        }
        MigrationFailure failure = migrateForward(working, from, index);
        if (failure != null) {
            throw new Blockage.Found(Blockage.forward(failure.migration(), failure.failure()));
        }
        applied = index;
        toppedUp = index;
    }

    /**
     * Migrates a database from version index {@code from} to {@code to}, blaming a failure on the migration that failed.
     * On seeded runs it goes one version at a time and tops up after each, so that every way of getting to a version
     * gives the same data.
     */
    private MigrationFailure migrateForward(String database, int from, int to) throws SQLException {
        if (!seeded) {
            return from < to ? flyway.apply(database).migrateThrough(migrations.subList(from + 1, to + 1)) : null;
        }
        for (int next = from + 1; next <= to; next++) {
            MigrationFailure failure = flyway.apply(database).migrateThrough(List.of(migrations.get(next)));
            if (failure != null) {
                return failure;
            }
            topUp.after(migrations.get(next), seedData(database), seedPointTables());
        }
        return null;
    }

    /** The tables that exist at the seed point (read from a copy: a cached template accepts no connections). */
    private Set<String> seedPointTables() throws SQLException {
        if (seedPointTables == null) {
            String copy = seedPoint.newCopy();
            try {
                seedPointTables = TopUp.tables(seedData(copy));
            } finally {
                databases().drop(copy);
            }
        }
        return seedPointTables;
    }

    private DataSource seedData(String database) {
        return seedPoint.connections().dataSource(database, "migrationtest-seed");
    }

    private ScratchDatabases databases() {
        return seedPoint.databases();
    }
}

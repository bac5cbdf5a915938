package io.github.migrationtest.internal.seeding;

import io.github.migrationtest.catalog.Catalog;
import io.github.migrationtest.catalog.Table;
import io.github.migrationtest.fixtures.SeedReport;
import io.github.migrationtest.fixtures.Seeder;
import io.github.migrationtest.fixtures.SeedingException;
import io.github.migrationtest.internal.database.HarnessQueryException;
import io.github.migrationtest.internal.engine.Blockage;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import io.github.migrationtest.internal.flyway.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Seeds the tables that a migration after the seed point created and left empty, so that the next step meets them
 * with data. Default rows times scale; the seed is derived from the class's seed and the version, so that rehearsing
 * one step alone gives the same data as rehearsing the whole history.
 */
public final class TopUp {

    private final RehearsalSettings settings;
    private final Consumer<String> log;

    public TopUp(RehearsalSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    /** The tables of a database, as {@code schema.table}. */
    public static Set<String> tables(DataSource database) throws SQLException {
        try (Connection c = database.getConnection()) {
            return Catalog.read(c).tables().stream().map(Table::qualifiedName).collect(Collectors.toCollection(TreeSet::new));
        } catch (SQLException e) {
            throw new HarnessQueryException("the catalog read of the top-up (which tables were created after the seed point)", null, "", e);
        }
    }

    /** Seeds the empty tables that {@code migration} (now applied) or an earlier step created after the seed point. */
    public void after(Migration migration, DataSource database, Set<String> seedPointTables) throws SQLException {
        if (settings.rows() <= 0) {
            return;
        }
        Set<String> created = tables(database);
        created.removeAll(seedPointTables);
        if (created.isEmpty()) {
            return;
        }
        long seed = seedAfter(migration);
        try {
            SeedReport report = Seeder.on(database).seed(seed).defaultRows(settings.rows()).scale(settings.scale())
                    .onlyTables(created).progress(line -> { }).run();
            if (report.totalRows() > 0) {
                log.accept(String.format(Locale.ROOT, "Top-up after %s: seeded %,d rows into %s (created after the seed point, still empty; seed %d)",
                        migration.displayName(), report.totalRows(),
                        report.tables().stream().map(SeedReport.TableReport::table).collect(Collectors.joining(", ")), seed));
            }
        } catch (SeedingException e) {
            throw new Blockage.Found(Blockage.topUp(migration, e.getMessage(), seed));
        }
    }

    /** The seed of the top-up after a version: the same whichever steps ran before. */
    long seedAfter(Migration migration) {
        return settings.seed() * 1_000_003L + migration.versionText().hashCode();
    }
}

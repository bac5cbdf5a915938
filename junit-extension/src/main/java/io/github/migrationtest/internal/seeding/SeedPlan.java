package io.github.migrationtest.internal.seeding;

import io.github.migrationtest.fixtures.Seeder;
import io.github.migrationtest.fixtures.SeedingException;
import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import io.github.migrationtest.internal.flyway.Migration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** What a class seeds at its seed point (seed, rows, {@code @Rows}, scale), and the seed-cache key of the result. */
public final class SeedPlan {

    private final RehearsalSettings settings;
    private final Consumer<String> log;

    public SeedPlan(RehearsalSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    /** Whether there are rows to seed. */
    public boolean hasRows() {
        return settings.rows() > 0 || !settings.tableRows().isEmpty();
    }

    /** Fills the tables of the database (at the seed point); ANALYZE is part of seeding. Returns the rows loaded. */
    long seed(DataSource database) {
        if (!hasRows()) {
            return 0;
        }
        try {
            return seeder(database).run().totalRows();
        } catch (SeedingException e) {
            throw new ConfigurationProblem("@Rows", e.getMessage() + " (seed " + settings.seed() + ")", e);
        }
    }

    /** The seed-cache entry of this plan on the migrations up to the seed point. */
    String cacheKey(List<Migration> upToSeedPoint) {
        return SeedCacheKey.of(upToSeedPoint, settings.flyway(), seeder(null).planFingerprint()
                + "|customizer=" + settings.seedOverrides().customizerName());
    }

    /** The seeder; {@code planFingerprint()} never touches the data source, so it may be null for that. */
    private Seeder seeder(DataSource database) {
        Seeder seeder = Seeder.on(database).seed(settings.seed()).defaultRows(settings.rows()).scale(settings.scale()).progress(log);
        for (Map.Entry<String, Long> table : settings.tableRows().entrySet()) {
            seeder = seeder.rows(table.getKey(), table.getValue());
        }
        return settings.seedOverrides().apply(seeder);
    }
}

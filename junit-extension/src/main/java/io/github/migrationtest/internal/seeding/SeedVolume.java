package io.github.migrationtest.internal.seeding;

import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.database.DiskSpace;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Checks before seeding that the volume fits on the disk of the data directory: rows per table (as {@code rows},
 * {@code @Rows} and the scale give them) times an estimated row size from the catalog (column widths, 28 bytes of
 * tuple overhead, 24 bytes per index), three times over (the template, the working copy, the lock trace's copy). Like the
 * seeder, it leaves out Flyway's history table.
 */
final class SeedVolume {

    static final int COPIES = 3;
    private static final String TABLES = """
            SELECT n.nspname, c.relname,
                   (SELECT coalesce(sum(CASE WHEN t.typlen > 0 THEN t.typlen ELSE 32 END), 0) FROM pg_attribute a
                      JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
                   (SELECT count(*) FROM pg_index i WHERE i.indrelid = c.oid)
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
               AND c.relname <> 'flyway_schema_history'
            """;

    private SeedVolume() {
    }

    /** Throws a {@link ConfigurationProblem} naming {@code @Rows} when the estimate exceeds the free space. */
    static void checkFits(DataSource database, Path dataDirectory, RehearsalSettings settings) throws SQLException {
        long rows = 0;
        double bytes = 0;
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(TABLES)) {
            while (rs.next()) {
                long tableRows = rows(settings, rs.getString(1), rs.getString(2));
                rows += tableRows;
                bytes += (double) tableRows * (rs.getLong(3) + 28 + 24 * rs.getLong(4));
            }
        }
        double needed = bytes * COPIES;
        long free = DiskSpace.free(dataDirectory);
        if (needed > free) {
            throw new ConfigurationProblem("@Rows", String.format(Locale.ROOT, "seeding %,d rows needs about %s on %s (the template, a working"
                            + " copy and the lock trace's copy, at an estimated %,d bytes per row with its indexes), but only %s are free there."
                            + " Seed fewer rows (@Rows, rows, or -Dmigrationtest.scale=0.01), or free space on that disk.",
                    rows, DiskSpace.text(needed >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) needed), dataDirectory,
                    rows == 0 ? 0 : Math.round(bytes / rows), DiskSpace.text(free)));
        }
    }

    private static long rows(RehearsalSettings settings, String schema, String table) {
        Long count = settings.tableRows().get(schema + "." + table);
        if (count == null) {
            count = settings.tableRows().getOrDefault(table, settings.rows());
        }
        return Math.round(count * settings.scale());
    }
}

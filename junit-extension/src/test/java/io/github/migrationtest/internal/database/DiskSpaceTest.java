package io.github.migrationtest.internal.database;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.Rows;
import io.github.migrationtest.spi.DatabaseProvider;
import io.github.migrationtest.spi.DatabaseServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A volume that does not fit is refused before seeding; a disk that fills up is named as such, with directory and free space. */
class DiskSpaceTest {

    private static final String FREE = "\\d+(\\.\\d)? (bytes|kB|MB|GB|TB)";

    @Test
    void volumeThatDoesNotFitOnTheDiskIsRefusedBeforeSeeding() {
        Path dir = ((EmbeddedServerAddress) VersionedServer.unwrap(Servers.get("embedded", false, "", s -> { }))).dataDirectory();

        String message = message(run(TooBig.class, Map.of("migrationtest.seed-cache", "false")), "V2 create orders").orElseThrow();

        assertThat(message).matches(Pattern.quote("@MigrationTest @Rows: seeding 1,000,000,000,000 rows needs about 425.6 TB on " + dir
                + " (the template, a working copy and the lock trace's copy, at an estimated 156 bytes per row with its indexes),"
                + " but only ") + FREE + Pattern.quote(" are free there. Seed fewer rows (@Rows, rows, or -Dmigrationtest.scale=0.01),"
                + " or free space on that disk."));
    }

    @Test
    void diskThatFillsUpDuringAMigrationIsNamedWithDirectoryAndFreeSpace(@TempDir Path scripts) throws Exception {
        // GIVEN a server of its own on a 96 MB file system, and a migration that writes about 500 MB
        Path mount = Files.createDirectories(Path.of("/tmp", "migrationtest-diskfull-" + ProcessHandle.current().pid()));
        assumeTrue(new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=96m", "tmpfs", mount.toString()).inheritIO().start().waitFor() == 0,
                "mounting a 96 MB tmpfs needs root");
        try {
            SmallDisk.base = mount.resolve("embedded");
            Map<String, String> configuration = new HashMap<>(history(scripts));
            configuration.put("migrationtest.database", SmallDisk.class.getName());

            // WHEN the class runs
            String message = message(run(FillsTheDisk.class, configuration), "V2 fill up").orElseThrow();

            // THEN the step says the disk is full, where, and how much is free
            Path dir = ((EmbeddedServerAddress) SmallDisk.started).dataDirectory();
            assertThat(message).matches(Pattern.quote("The disk is full: PostgreSQL could not write during V2 fill up to " + dir + " (")
                    + FREE + Pattern.quote(" free there now). It said: ") + ".*No space left on device.*"
                    + Pattern.quote("\n  Free space on that disk, or seed fewer rows (@Rows, rows, or -Dmigrationtest.scale=0.01);"
                    + " a migration that writes more than the disk holds fails the same way in production."));
        } finally {
            if (SmallDisk.started != null) {
                Servers.forget(SmallDisk.started);
            }
            new ProcessBuilder("umount", "-l", mount.toString()).inheritIO().start().waitFor();
            Files.deleteIfExists(mount);
        }
    }

    private static Map<String, String> history(Path root) throws Exception {
        Path migration = Files.createDirectories(root.resolve("migration"));
        Path undo = Files.createDirectories(root.resolve("undo"));
        Files.writeString(migration.resolve("V1__create_filler.sql"), "CREATE TABLE filler (id bigint, pad text);\n"
                + "ALTER TABLE filler ALTER pad SET STORAGE PLAIN;");
        Files.writeString(migration.resolve("V2__fill_up.sql"), "INSERT INTO filler SELECT g, repeat('x', 1200) FROM generate_series(1, 400000) g;");
        Files.writeString(undo.resolve("U1__create_filler.sql"), "DROP TABLE filler;");
        Files.writeString(undo.resolve("U2__fill_up.sql"), "TRUNCATE filler;");
        return Map.of("migrationtest.locations", "filesystem:" + migration, "migrationtest.undo-locations", "filesystem:" + undo);
    }

    /** An embedded server whose data directory is on the small file system. */
    public static final class SmallDisk implements DatabaseProvider {
        static Path base;
        static DatabaseServer started;

        @Override
        public DatabaseServer start() throws Exception {
            started = EmbeddedPostgresProvider.startIn(base);
            return started;
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo", seedAt = "1")
    @Rows(table = "customers", count = 1_000_000_000_000L)
    static class TooBig {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest
    static class FillsTheDisk {
        @EachMigration
        void step(MigrationStep step) {
        }
    }
}

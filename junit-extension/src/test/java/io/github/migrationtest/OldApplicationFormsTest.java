package io.github.migrationtest;

import static io.github.migrationtest.OldApplicationTest.HISTORIES;
import static io.github.migrationtest.OldApplicationTest.REPLAY;
import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Template.N;
import static io.github.migrationtest.testing.Template.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.OldReleaseJar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The old application given as a SQL file of its statements, and as the old release's jar. */
class OldApplicationFormsTest {

    private static final String RELEASE_JAR = "target/old-release/release1.jar";
    private static final String RENAMED = "  first at " + N + " ms into the forward run, right after line 1:"
            + " ALTER TABLE customers RENAME COLUMN email TO email_address\n";
    private static final String EXPAND_CONTRACT = "  Expand and contract instead: add the new column, write both, backfill,"
            + " switch reads, drop the old column in a later release.";

    @Test
    void sqlFileStatementsRunWithValuesOfExistingRowsAndAreNamedByTheirHeaders() {
        EngineExecutionResults results = run(SqlFile.class);

        assertMatches(message(results, "V2 rename customer email").orElseThrow(),
                "V2 rename customer email: the old application failed " + N + " times during and after the migration (0 before it):\n"
                + "  42703 column \"email\" of relation \"customers\" does not exist — " + N + " × in add customer (queries.sql:5):"
                + " INSERT INTO customers (email, name) VALUES ('new@example.com', 'New')\n" + RENAMED
                + "  42703 column \"email\" does not exist — " + N + " × in find customer (queries.sql:2):"
                + " SELECT id, email FROM customers WHERE id = :customers.id\n" + RENAMED + EXPAND_CONTRACT + REPLAY);
        ApplicationReport report = SqlFile.step.oldApplication().orElseThrow();
        assertThat(report.code()).isEqualTo("classpath:histories/old-application/queries.sql");
        assertThat(report.phase("before").orElseThrow().errors()).as("every :customers.id found a customer").isEmpty();
    }

    @Test
    void oldReleaseJarRunsInItsOwnClassLoaderWithThePoolHandedIn() throws Exception {
        OldReleaseJar.build(Path.of(RELEASE_JAR), "oldrelease.Release1", """
                package oldrelease;

                import io.github.migrationtest.spi.Workload;
                import java.sql.*;
                import javax.sql.DataSource;

                public class Release1 implements Workload {
                    public Release1(DataSource pool) {
                        System.setProperty("oldrelease.loader", Release1.class.getClassLoader().getName() + " " + (pool != null));
                    }

                    public void run(Connection connection) throws SQLException {
                        System.setProperty("oldrelease.context", Thread.currentThread().getContextClassLoader().getName());
                        try (PreparedStatement s = connection.prepareStatement("select id, email from customers where id = ?")) {
                            s.setLong(1, 1);
                            try (ResultSet rs = s.executeQuery()) {
                                rs.next();
                            }
                        }
                    }
                }
                """);

        EngineExecutionResults results = run(Jar.class);

        assertMatches(message(results, "V2 rename customer email").orElseThrow(),
                "V2 rename customer email: the old application failed " + N + " times during and after the migration (0 before it):\n"
                + "  42703 column \"email\" does not exist — " + N + " × in Release1.run (Release1.java:16):"
                + " select id, email from customers where id = ?\n" + RENAMED + EXPAND_CONTRACT + REPLAY);
        assertThat(System.getProperty("oldrelease.loader")).isEqualTo("old-release release1.jar true");
        assertThat(System.getProperty("oldrelease.context")).isEqualTo("old-release release1.jar");
        assertThat(Jar.step.oldApplication().orElseThrow().code()).isEqualTo("release1.jar Release1");
    }

    @MigrationTest(locations = HISTORIES + "rename/migration", undoLocations = HISTORIES + "rename/undo", seedAt = "1", rows = 20)
    @OldApplication(statements = HISTORIES + "queries.sql")
    static class SqlFile {
        static MigrationStep step;

        @EachMigration
        void step(MigrationStep step) {
            SqlFile.step = step;
        }
    }

    @MigrationTest(locations = HISTORIES + "rename/migration", undoLocations = HISTORIES + "rename/undo", seedAt = "1", rows = 20)
    @OldApplication(jar = RELEASE_JAR, jarWorkload = "oldrelease.Release1")
    static class Jar {
        static MigrationStep step;

        @EachMigration
        void step(MigrationStep step) {
            Jar.step = step;
        }
    }
}

package io.github.migrationtest.internal.database;

import io.github.migrationtest.spi.DatabaseProvider;
import io.github.migrationtest.spi.DatabaseServer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** PostgreSQL in a container through Testcontainers (an optional dependency); Ryuk removes it if the JVM dies. */
public final class DockerPostgresProvider implements DatabaseProvider {

    private final String image;

    public DockerPostgresProvider(String image) {
        this.image = image;
    }

    @Override
    public DatabaseServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
                .withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                        "-c", "max_connections=300", "-c", "autovacuum=off");
        container.start();
        return new ContainerServer(container);
    }

    private record ContainerServer(PostgreSQLContainer container) implements DatabaseServer {

        @Override
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
        }

        @Override
        public String username() {
            return container.getUsername();
        }

        @Override
        public String password() {
            return container.getPassword();
        }

        @Override
        public String description() {
            return "PostgreSQL in Docker (" + container.getDockerImageName() + ", fsync off)";
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}

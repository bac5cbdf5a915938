package io.github.migrationtest.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which JUnit Jupiter versions the extension refuses before anything runs. */
class JUnitVersionTest {

    @Test
    void olderThan513IsRefusedNewerIsNot() {
        assertThat(JUnitVersion.older("5.12.2")).isTrue();
        assertThat(JUnitVersion.older("5.9.3")).isTrue();
        assertThat(JUnitVersion.older("5.13.0")).isFalse();
        assertThat(JUnitVersion.older("5.14.4")).isFalse();
        assertThat(JUnitVersion.older("6.0.0-RC1")).isFalse();
        assertThat(JUnitVersion.older("snapshot")).isFalse();
    }
}

package io.github.migrationtest.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.MigrationTestConfiguration;
import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.SettingLookup;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings come from a lookup function: a plain map drives a rehearsal without JUnit's configuration parameters. */
class SettingsResolverTest {

    @MigrationTest(locations = "classpath:histories/good", rows = 12)
    static class Annotated {
    }

    @Test
    void readsKeysFromAPlainMapAndLetsTheAnnotationWin() {
        // GIVEN a map with the scale and the rows; WHEN the class is resolved against it
        RehearsalSettings settings = SettingsResolver.resolve(Annotated.class,
                SettingLookup.of(Map.of(MigrationTestConfiguration.SCALE, "0.5", MigrationTestConfiguration.ROWS, "99")));

        // THEN the map's scale counts, and the annotation's rows beat the map's
        assertThat(settings.scale()).isEqualTo(0.5);
        assertThat(settings.rows()).isEqualTo(12);
        assertThat(settings.locations()).containsExactly("classpath:histories/good");
    }

    @Test
    void takesTheFirstLayerThatHasTheKey() {
        SettingLookup first = SettingLookup.of(Map.of(MigrationTestConfiguration.SCALE, "2"));
        SettingLookup second = SettingLookup.of(Map.of(MigrationTestConfiguration.SCALE, "3", MigrationTestConfiguration.SEED, "7"));

        RehearsalSettings settings = SettingsResolver.resolve(Annotated.class, first.orElse(second));

        assertThat(settings.scale()).isEqualTo(2.0);
        assertThat(settings.seed()).isEqualTo(7);
    }

    @Test
    void namesTheKeyOfAValueFromAMapThatIsWrong() {
        assertThatThrownBy(() -> SettingsResolver.resolve(Annotated.class, SettingLookup.of(Map.of(MigrationTestConfiguration.SCALE, "lots"))))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessage("migrationtest.scale must be a positive number such as 0.01 or 10, but is \"lots\".");
    }

    @Test
    void namesEnvironmentVariablesAfterTheKey() {
        assertThat(SettingLookup.environmentName("migrationtest.locks.max-blocked")).isEqualTo("MIGRATIONTEST_LOCKS_MAX_BLOCKED");
    }
}

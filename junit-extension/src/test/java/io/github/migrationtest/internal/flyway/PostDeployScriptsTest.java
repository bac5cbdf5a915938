package io.github.migrationtest.internal.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Post-deploy locations join Flyway's locations unless one of those already holds them, and mark their migrations. */
class PostDeployScriptsTest {

    static final String H = "classpath:histories/deploy-order/";

    @Test
    void aLocationOfItsOwnIsAddedToFlywaysLocationsOnce() {
        assertThat(PostDeployScripts.withLocations(List.of(H + "migration"), List.of(H + "post-deploy", H + "post-deploy/")))
                .containsExactly(H + "migration", H + "post-deploy");
    }

    @Test
    void aLocationInsideAMigrationLocationIsNotAddedAgain() {
        assertThat(PostDeployScripts.withLocations(List.of("classpath:db/migration"), List.of("db/migration/post-deploy",
                "classpath:/db/migration")))
                .as("Flyway already finds those scripts; a second location would make them duplicates").containsExactly("classpath:db/migration");
    }

    @Test
    void theMigrationsFoundThereAreMarkedWithTheirLocation() {
        ClassLoader loader = getClass().getClassLoader();
        PostDeployScripts scripts = PostDeployScripts.scan(loader, List.of(H + "post-deploy"));
        List<Migration> migrations = MigrationScripts.load(loader, List.of(H + "migration", H + "post-deploy"), List.of(H + "undo"));

        scripts.check(migrations, List.of(H + "migration", H + "post-deploy"));
        assertThat(migrations).extracting(m -> scripts.locationOf(m).orElse("-"))
                .containsExactly("-", "-", H + "post-deploy");
    }
}

package io.github.migrationtest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What is API and what is not, as the source says it. */
class VisibilityTest {

    private static final Path MAIN = Path.of("src/main/java/io/github/migrationtest");
    private static final PackageImports IMPORTS = PackageImports.of(Path.of("src/main/java"));

    @Test
    void everyInternalPackageSaysItIsNotApi() throws IOException {
        List<Path> packages;
        try (Stream<Path> dirs = Files.walk(MAIN.resolve("internal"))) {
            packages = dirs.filter(Files::isDirectory).toList();
        }
        assertThat(packages).hasSizeGreaterThan(8).allSatisfy(dir -> assertThat(dir.resolve("package-info.java"))
                .exists().content().contains("<strong>Internal: not API.</strong>"));
    }

    @Test
    void assertionsWorkOnPublicTypesWithoutTheEngine() {
        assertThat(IMPORTS.targets("io.github.migrationtest.assertj")).doesNotContain("io.github.migrationtest.internal.engine");
    }

    @Test
    void theEngineKnowsNothingOfJUnit() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve("internal/engine"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")).toList())
                    .allSatisfy(f -> assertThat(Files.readString(f)).doesNotContain("import org.junit"));
        }
    }
}

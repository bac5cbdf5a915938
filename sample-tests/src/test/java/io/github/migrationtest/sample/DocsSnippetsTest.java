package io.github.migrationtest.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.MigrationTestConfiguration;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The examples in README.md and docs/ are the compiled sample tests, word for word. */
class DocsSnippetsTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void readmeExampleIsTheCompiledShopTest() throws IOException {
        String example = region(ROOT.resolve("sample-tests/src/test/java/io/github/migrationtest/sample/ShopMigrationsTest.java"), "example");

        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("```java\n" + example + "```");
        assertThat(Files.readString(ROOT.resolve("docs/user-guide.md"))).contains("```java\n" + example + "```");
    }

    @Test
    void userGuideQuotesTheExpandContractTest() throws IOException {
        String source = Files.readString(ROOT.resolve("sample-tests/src/test/java/io/github/migrationtest/sample/ExpandContractTest.java"));
        String body = source.substring(source.indexOf("@MigrationTest"));

        assertThat(Files.readString(ROOT.resolve("docs/user-guide.md"))).contains("```java\n" + body + "```");
    }

    @Test
    void configurationReferenceListsEveryKeyWithItsDefault() throws IOException, IllegalAccessException {
        String reference = Files.readString(ROOT.resolve("docs/configuration.md"));
        for (Field field : MigrationTestConfiguration.class.getFields()) {
            String value = (String) field.get(null);
            if (field.getName().endsWith("_DEFAULT")) {
                assertThat(reference).as(field.getName()).contains("`" + value + "`");
            } else {
                assertThat(reference).as(field.getName()).contains("| `" + value + "` |");
            }
        }
    }

    /** The lines between {@code // tag::name[]} and {@code // end::name[]}. */
    private static String region(Path file, String name) throws IOException {
        String text = Files.readString(file);
        int start = text.indexOf('\n', text.indexOf("// tag::" + name + "[]")) + 1;
        int end = text.indexOf("// end::" + name + "[]");
        return text.substring(start, end);
    }
}

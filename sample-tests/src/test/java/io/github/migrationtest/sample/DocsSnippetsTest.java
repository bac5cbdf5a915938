package io.github.migrationtest.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    /** The lines between {@code // tag::name[]} and {@code // end::name[]}. */
    private static String region(Path file, String name) throws IOException {
        String text = Files.readString(file);
        int start = text.indexOf('\n', text.indexOf("// tag::" + name + "[]")) + 1;
        int end = text.indexOf("// end::" + name + "[]");
        return text.substring(start, end);
    }
}

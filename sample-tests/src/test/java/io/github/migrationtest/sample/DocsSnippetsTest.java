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
    void userGuideQuotesTheRollingDeployTest() throws IOException {
        String source = Files.readString(ROOT.resolve("sample-tests/src/test/java/io/github/migrationtest/sample/RollingDeployTest.java"));
        String body = source.substring(source.indexOf("@MigrationTest"));

        assertThat(Files.readString(ROOT.resolve("docs/user-guide.md"))).contains("```java\n" + body + "```");
    }

    @Test
    void userGuideQuotesTheSeedOverridesTest() throws IOException {
        String source = Files.readString(ROOT.resolve("sample-tests/src/test/java/io/github/migrationtest/sample/SeedOverridesTest.java"));
        String body = source.substring(source.indexOf("@MigrationTest"));

        assertThat(Files.readString(ROOT.resolve("docs/user-guide.md"))).contains("```java\n" + body + "```");
    }

    @Test
    void userGuideQuotesTheReleasesTest() throws IOException {
        String source = Files.readString(ROOT.resolve("sample-tests/src/test/java/io/github/migrationtest/sample/ShopReleasesTest.java"));
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

    @Test
    void readmeMavenSnippetsAreTheConsumerProjects() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String version = projectVersion();
        Path it = ROOT.resolve("consumer-tests/src/it");
        for (String[] snippet : new String[][] {{"readme-dependency", "dependency"}, {"readme-dependency", "surefire"},
                {"junit-6", "boms"}, {"postgres-16", "postgres"}, {"flyway-11", "flyway"}}) {
            String xml = dedent(markedLines(it.resolve(snippet[0]).resolve("pom.xml"), snippet[1])).replace("@project.version@", version);
            assertThat(readme).as(snippet[0] + " " + snippet[1]).contains("```xml\n" + xml + "```");
        }
    }

    private static String projectVersion() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        int artifact = pom.indexOf("<artifactId>migrationtest-parent</artifactId>");
        int start = pom.indexOf("<version>", artifact) + "<version>".length();
        return pom.substring(start, pom.indexOf("</version>", start));
    }

    /** The lines strictly between the line holding {@code tag::name[]} and the line holding {@code end::name[]}. */
    private static String markedLines(Path file, String name) throws IOException {
        String text = Files.readString(file);
        int start = text.indexOf('\n', text.indexOf("tag::" + name + "[]")) + 1;
        int end = text.lastIndexOf('\n', text.indexOf("end::" + name + "[]")) + 1;
        return text.substring(start, end);
    }

    private static String dedent(String lines) {
        int indent = lines.lines().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        lines.lines().forEach(l -> out.append(l.length() >= indent ? l.substring(indent) : l.strip()).append('\n'));
        return out.toString();
    }

    /** The lines between {@code // tag::name[]} and {@code // end::name[]}. */
    private static String region(Path file, String name) throws IOException {
        String text = Files.readString(file);
        int start = text.indexOf('\n', text.indexOf("// tag::" + name + "[]")) + 1;
        int end = text.indexOf("// end::" + name + "[]");
        return text.substring(start, end);
    }
}

package io.github.migrationtest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.structure.MessageLiterals.Piece;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/errors.md lists every message users see: each fixed piece of the messages the code builds (the literals
 * between what is concatenated in, split at {@code %s}-like format specifiers) appears in it, whitespace collapsed and
 * backticks and leading or trailing punctuation dropped. Pieces with fewer than four letters (", ", " (") are left out.
 */
class ErrorsDocTest {

    private static final Path ROOT = Path.of("..");
    private static final Path MAIN = Path.of("src/main/java/io/github/migrationtest");
    private static final Path FIXTURES = ROOT.resolve("fixtures/src/main/java/io/github/migrationtest/fixtures");
    private static final Pattern FORMAT = Pattern.compile("%[-,.0-9]*[a-zA-Z]");

    @Test
    void everyMessagePieceIsInErrorsMd() throws IOException {
        String doc = normalised(Files.readString(ROOT.resolve("docs/errors.md")));
        List<Piece> pieces = new ArrayList<>();
        for (String factory : List.of("internal/engine/Messages.java", "internal/engine/DeclarationMessages.java",
                "internal/locks/LockMessages.java", "internal/data/FindingMessages.java", "internal/plans/PlanMessages.java",
                "assertj/AssertionMessages.java", "internal/schema/DifferenceText.java")) {
            pieces.addAll(MessageLiterals.all(MAIN.resolve(factory)));
        }
        for (Path file : javaFiles(MAIN)) {
            pieces.addAll(MessageLiterals.inCalls(file, Pattern.compile("new ConfigurationProblem\\("), true));
        }
        for (Path file : javaFiles(FIXTURES)) {
            pieces.addAll(MessageLiterals.inCalls(file, Pattern.compile("new (?:Problem|SeedingException)\\("), false));
        }

        List<String> missing = pieces.stream()
                .flatMap(p -> FORMAT.splitAsStream(p.text()).map(t -> new Piece(p.where(), normalised(t))))
                .filter(p -> p.text().chars().filter(Character::isLetter).count() >= 4)
                .filter(p -> !doc.contains(p.text()))
                .map(p -> p.where() + ": \"" + p.text() + "\"")
                .distinct()
                .collect(Collectors.toList());

        assertThat(missing).as("message pieces that docs/errors.md does not list (add the message to errors.md with its fix,"
                + " or correct the wording there)").isEmpty();
    }

    private static String normalised(String text) {
        return text.replace("`", "").replace("\\|", "|").replaceAll("\\s+", " ").replaceAll("^[\\s.,;:]+|[\\s,;:]+$", "");
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }
}

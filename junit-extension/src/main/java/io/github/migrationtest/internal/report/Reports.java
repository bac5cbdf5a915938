package io.github.migrationtest.internal.report;

import io.github.migrationtest.internal.engine.Rehearsal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a class's reports from one JSON tree: {@code report.json} for tools, {@code report.html} for people and
 * {@code report.md} for a pull request, which is also appended to the GitHub Actions step summary when one is given.
 */
public final class Reports {

    private Reports() {
    }

    /** @param stepSummary the file {@code $GITHUB_STEP_SUMMARY} names, when it is set */
    public static List<Path> write(Rehearsal rehearsal, Optional<Path> stepSummary) throws IOException {
        Path dir = rehearsal.settings().reportDirectory();
        Files.createDirectories(dir);
        Map<String, Object> model = JsonReport.model(rehearsal, Instant.now(), Path.of(""));
        Tree tree = new Tree(model);
        Path json = Files.writeString(dir.resolve("report.json"), Json.write(model));
        Path html = Files.writeString(dir.resolve("report.html"), HtmlReport.render(tree));
        String markdown = MarkdownReport.render(tree);
        Path md = Files.writeString(dir.resolve("report.md"), markdown);
        if (stepSummary.isPresent()) {
            appendStepSummary(stepSummary.get(), markdown);
        }
        return List.of(json, html, md);
    }

    /** Adds the markdown report to the job's summary page, after what other steps wrote there. */
    static void appendStepSummary(Path file, String markdown) throws IOException {
        Files.writeString(file, markdown + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The step summary file of GitHub Actions, when the run is one. */
    public static Optional<Path> githubStepSummary() {
        String file = System.getenv("GITHUB_STEP_SUMMARY");
        return file == null || file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
    }
}

package io.github.migrationtest.internal.junit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.MediaType;

/** Attaches a class's written reports to the test run ({@code publishFile}) and prints where they lie. */
final class PublishedReports {

    private PublishedReports() {
    }

    // org.junit.jupiter.api.extension.MediaType is deprecated from 5.14 on, but it is the one type that 5.13 and 6.x both take
    @SuppressWarnings("deprecation")
    static void publish(ExtensionContext context, List<Path> files, Consumer<String> log) {
        for (Path file : files) {
            String name = file.toString();
            MediaType type = name.endsWith(".html") ? MediaType.create("text", "html", java.nio.charset.StandardCharsets.UTF_8)
                    : name.endsWith(".md") ? MediaType.create("text", "markdown", java.nio.charset.StandardCharsets.UTF_8)
                    : MediaType.APPLICATION_JSON_UTF_8;
            try {
                context.publishFile(file.getFileName().toString(), type, target -> Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING));
            } catch (RuntimeException noOutputDirectory) {
                context.publishReportEntry("migrationtest.report", file.toAbsolutePath().toString());
            }
        }
        log.accept("Report: " + String.join(", ", files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
    }
}

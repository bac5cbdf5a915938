package io.github.migrationtest.internal.report;

import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.release.ReleaseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a class's reports: {@code report.json} for tools and {@code report.html} for people. */
public final class Reports {

    private Reports() {
    }

    public static List<Path> write(Rehearsal rehearsal) throws IOException {
        return write(rehearsal, List.of());
    }

    /** The same, with one entry per rehearsed release. */
    public static List<Path> write(Rehearsal rehearsal, List<ReleaseResult> releases) throws IOException {
        Path dir = rehearsal.settings().reportDirectory();
        Files.createDirectories(dir);
        Path json = Files.writeString(dir.resolve("report.json"), JsonReport.render(rehearsal, releases));
        Path html = Files.writeString(dir.resolve("report.html"), HtmlReport.render(rehearsal, releases));
        return List.of(json, html);
    }
}

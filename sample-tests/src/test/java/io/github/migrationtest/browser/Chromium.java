package io.github.migrationtest.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Headless Chromium, as Debian installs it ({@code apt-get install chromium}), driven from its command line. */
final class Chromium {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    static Optional<Chromium> find() {
        return Stream.concat(Optional.ofNullable(System.getenv("CHROMIUM")).stream(), CANDIDATES.stream())
                .map(Path::of).filter(Files::isExecutable).findFirst().map(Chromium::new);
    }

    /**
     * The page's DOM after it loaded, and every message its console printed (Chromium logs them as
     * {@code INFO:CONSOLE} lines on stderr).
     */
    Page load(Path page) throws IOException, InterruptedException {
        Path err = Files.createTempFile("chromium", ".log");
        List<String> command = new ArrayList<>(base());
        command.addAll(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String dom = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        finish(process);
        List<String> console = Files.readAllLines(err).stream().filter(l -> l.contains(":CONSOLE")).toList();
        Files.deleteIfExists(err);
        return new Page(dom, console);
    }

    /** A screenshot of the page at 1280 × 2400, for a person to look at. */
    void screenshot(Path page, Path png) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(base());
        command.addAll(List.of("--hide-scrollbars", "--window-size=1280,2400", "--screenshot=" + png.toAbsolutePath(),
                page.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        finish(process);
    }

    private List<String> base() {
        return List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--user-data-dir=" + System.getProperty("java.io.tmpdir") + "/migrationtest-chromium");
    }

    private static void finish(Process process) throws InterruptedException {
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not finish within 90 s");
        }
    }

    /** What the browser made of a page. */
    record Page(String dom, List<String> console) {

        int count(String text) {
            int n = 0;
            for (int i = dom.indexOf(text); i >= 0; i = dom.indexOf(text, i + text.length())) {
                n++;
            }
            return n;
        }
    }
}

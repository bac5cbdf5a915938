package io.github.migrationtest.testing;

import io.github.migrationtest.spi.Workload;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds an old release's jar the way its own build would: compiles its sources against the SPI and packs the classes. */
public final class OldReleaseJar {

    private OldReleaseJar() {
    }

    /** Compiles {@code source} (a class named {@code className}) into the jar at {@code jar}. */
    public static Path build(Path jar, String className, String source) throws IOException, URISyntaxException {
        Path work = Files.createTempDirectory("old-release");
        Path file = work.resolve("src").resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = Files.createDirectories(work.resolve("classes"));
        String spi = Path.of(Workload.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-classpath", spi, "-d", classes.toString(), file.toString());
        if (status != 0) {
            throw new IllegalStateException("the old release does not compile: " + file);
        }
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> all = Files.walk(classes)) {
            for (Path c : all.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                Files.copy(c, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}

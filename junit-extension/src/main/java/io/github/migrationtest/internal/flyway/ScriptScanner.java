package io.github.migrationtest.internal.flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the {@code .sql} files of Flyway-style locations ({@code classpath:…} or {@code filesystem:…}). */
public final class ScriptScanner {

    private final ClassLoader classLoader;

    public ScriptScanner(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The scripts directly or below the location; empty when the location exists but has none. */
    public List<ScriptResource> scan(String location) throws LocationNotFoundException {
        List<ScriptResource> found = new ArrayList<>();
        if (location.startsWith("filesystem:")) {
            Path dir = Path.of(location.substring("filesystem:".length()));
            if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
                throw new LocationNotFoundException(location);
            }
            try {
                addFiles(location, dir, found);
            } catch (IOException e) {
                throw new LocationNotFoundException(location);
            }
        } else {
            String path = stripSlashes(location.startsWith("classpath:") ? location.substring("classpath:".length()) : location);
            List<URL> roots = roots(path);
            if (roots.isEmpty()) {
                throw new LocationNotFoundException(location);
            }
            for (URL root : roots) {
                addFromRoot(location, path, root, found);
            }
        }
        found.sort(Comparator.comparing(ScriptResource::fileName));
        return found;
    }

    private List<URL> roots(String path) {
        try {
            return Collections.list(classLoader.getResources(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addFromRoot(String location, String path, URL root, List<ScriptResource> found) {
        try {
            if (root.getProtocol().equals("file")) {
                addFiles(location, Path.of(root.toURI()), found);
            } else if (root.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = path + "/";
                    jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix) && e.getName().endsWith(".sql"))
                            .forEach(e -> found.add(resource(location, e.getName(), root, prefix)));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + location + " (" + root + ")", e);
        }
    }

    private static ScriptResource resource(String location, String entry, URL root, String prefix) {
        try {
            URL url = new URL(root.toExternalForm() + "/" + entry.substring(prefix.length()));
            return new ScriptResource(location, entry.substring(entry.lastIndexOf('/') + 1), url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addFiles(String location, Path dir, List<ScriptResource> found) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".sql") && Files.isRegularFile(f))::iterator) {
                found.add(new ScriptResource(location, file.getFileName().toString(), file.toUri().toURL()));
            }
        }
    }

    private static String stripSlashes(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** Thrown when a location does not exist or cannot be read. */
    public static final class LocationNotFoundException extends Exception {
        private static final long serialVersionUID = 1L;

        public LocationNotFoundException(String location) {
            super(location);
        }
    }
}

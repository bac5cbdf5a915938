package io.github.migrationtest.internal.workload;

import io.github.migrationtest.spi.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * A SQL file of the release's statements ({@code classpath:} or {@code filesystem:}), each under a
 * {@code -- name: <name>} header; each call runs one of them, in turn (see {@link SqlFileWorkload}).
 */
public record SqlFileCode(String location, ClassLoader loader) implements ApplicationCode {

    @Override
    public String name() {
        return location;
    }

    @Override
    public Workload open(DataSource pool) throws Exception {
        String file = location.substring(location.lastIndexOf('/') + 1);
        return SqlFileWorkload.of(file, NamedStatement.parse(read()), pool);
    }

    private String read() throws IOException {
        if (location.startsWith("classpath:")) {
            String path = location.substring("classpath:".length()).replaceFirst("^/", "");
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IOException(location + " is not on the test class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(Path.of(location.replaceFirst("^filesystem:", "")));
    }
}

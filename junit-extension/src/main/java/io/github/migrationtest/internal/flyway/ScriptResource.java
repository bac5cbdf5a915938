package io.github.migrationtest.internal.flyway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A script file found in a location, e.g. {@code U3__index_email.sql} in {@code classpath:db/undo}.
 *
 * @param location the location as configured
 * @param fileName the file name
 * @param url      where to read it
 */
public record ScriptResource(String location, String fileName, URL url) {

    public String read() {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + this, e);
        }
    }

    /** The sibling {@code <file>.conf} (Flyway's script configuration), read if present. */
    public ScriptConfig config() {
        return configText().map(ScriptConfig::parse).orElse(ScriptConfig.DEFAULT);
    }

    /** The text of the sibling {@code <file>.conf}; empty when there is none. */
    Optional<String> configText() {
        try {
            URL conf = new URL(url, fileName + ".conf");
            try (InputStream in = conf.openStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException absent) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return location + "/" + fileName;
    }
}

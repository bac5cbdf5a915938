package io.github.migrationtest.internal.flyway;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;

/** Parses Flyway script names such as {@code V3__index_email.sql} or {@code U3_1__undo_it.sql}. */
record ScriptName(char prefix, MigrationVersion version, String description) {

    private static final Pattern NAME = Pattern.compile("([VU])([0-9][0-9._]*?)__(.+)\\.sql");

    static Optional<ScriptName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        MigrationVersion version = MigrationVersion.fromVersion(m.group(2).replace('_', '.'));
        return Optional.of(new ScriptName(m.group(1).charAt(0), version, m.group(3).replace('_', ' ')));
    }
}

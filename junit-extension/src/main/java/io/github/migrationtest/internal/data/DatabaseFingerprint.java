package io.github.migrationtest.internal.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The data of every user table at one moment, reduced to counts and hashes computed in the server.
 *
 * @param tables the fingerprint of each table by qualified name ({@code schema.table}), in name order
 */
public record DatabaseFingerprint(Map<String, TableFingerprint> tables) {

    public DatabaseFingerprint {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    public Optional<TableFingerprint> table(String qualifiedName) {
        return Optional.ofNullable(tables.get(qualifiedName));
    }
}

package io.github.migrationtest.internal.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** This fingerprint with the tables of {@code replacements} in place of its own. */
    public DatabaseFingerprint with(DatabaseFingerprint replacements) {
        Map<String, TableFingerprint> merged = new LinkedHashMap<>(tables);
        merged.putAll(replacements.tables());
        return new DatabaseFingerprint(merged);
    }

    /** This fingerprint with only the named tables. */
    public DatabaseFingerprint only(Set<String> names) {
        Map<String, TableFingerprint> kept = new LinkedHashMap<>(tables);
        kept.keySet().retainAll(names);
        return new DatabaseFingerprint(kept);
    }

    /** The same fingerprint without the named columns ({@code schema.table.column}); key columns always stay. */
    public DatabaseFingerprint without(Set<String> columns) {
        Map<String, TableFingerprint> kept = new LinkedHashMap<>();
        tables.forEach((name, table) -> {
            Map<String, ColumnFingerprint> keptColumns = new LinkedHashMap<>(table.columns());
            keptColumns.keySet().removeIf(c -> columns.contains(name + "." + c) && !table.keyColumns().contains(c));
            kept.put(name, new TableFingerprint(name, table.rowCount(), table.keyColumns(), table.keyHashing(),
                    table.bucketOfRow(), table.bucketRowCounts(), keptColumns,
                    table.query().withColumns(keptColumns.keySet())));
        });
        return new DatabaseFingerprint(kept);
    }
}

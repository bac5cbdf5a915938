package io.github.migrationtest.internal.data;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tables whose earlier fingerprint still holds, so that they need no second scan: tables that no script run since
 * wrote (see {@link ForwardWrites} and {@link BackWrites}), that are still the same table under the same name, and
 * whose descendants (partitions, inheriting tables, whose rows a scan of theirs includes) were not written either.
 */
final class UnwrittenTables {

    private UnwrittenTables() {
    }

    /** None when {@code written} is empty (the trace cannot tell): then every table is scanned again. */
    static Set<String> of(Optional<Set<String>> written, UserTables before, UserTables after, DatabaseFingerprint earlier) {
        if (written.isEmpty()) {
            return Set.of();
        }
        Set<String> touched = new HashSet<>(written.get());
        for (UserTables tables : new UserTables[] {before, after}) {
            tables.byName().forEach((name, table) -> {
                if (written.get().contains(name)) {
                    touched.addAll(table.ancestors());
                }
            });
        }
        return earlier.tables().keySet().stream()
                .filter(name -> !touched.contains(name) && after.sameAs(before, name))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** {@code rescanned} with the {@code kept} tables of {@code earlier} added, in the order of {@code after}. */
    static DatabaseFingerprint merged(DatabaseFingerprint rescanned, Set<String> kept, DatabaseFingerprint earlier,
                                      UserTables after) {
        Map<String, TableFingerprint> tables = new LinkedHashMap<>();
        for (String name : after.byName().keySet()) {
            rescanned.table(name).or(() -> kept.contains(name) ? earlier.table(name) : Optional.empty())
                    .ifPresent(table -> tables.put(name, table));
        }
        rescanned.tables().forEach(tables::putIfAbsent);
        return new DatabaseFingerprint(tables);
    }
}

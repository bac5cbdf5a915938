package io.github.migrationtest.internal.locks;

import java.util.List;
import java.util.Optional;

/** Per table, how long ordinary reads and writes were blocked while the probes ran. */
public record ProbeReport(List<TableBlocking> tables) {

    public ProbeReport {
        tables = List.copyOf(tables);
    }

    /** The figures of a table, by catalog name with or without schema. */
    public Optional<TableBlocking> table(String name) {
        return tables.stream().filter(t -> Tables.sameTable(t.table(), name)).findFirst();
    }
}

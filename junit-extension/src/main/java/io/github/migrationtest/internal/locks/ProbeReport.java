package io.github.migrationtest.internal.locks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Per table, how long ordinary reads and writes waited on the migration's locks while the probes ran.
 *
 * @param latencyP99 the 99th percentile of the probes' round trips without lock waits: what the machine's load adds to
 *                   every query, reported apart and never judged
 * @param spans      every span in which a probe waited on the migration, for the report's timeline
 */
public record ProbeReport(List<TableBlocking> tables, Duration latencyP99, List<BlockedSpan> spans) {

    public ProbeReport {
        tables = List.copyOf(tables);
        spans = List.copyOf(spans);
    }

    public ProbeReport(List<TableBlocking> tables, Duration latencyP99) {
        this(tables, latencyP99, List.of());
    }

    public ProbeReport(List<TableBlocking> tables) {
        this(tables, Duration.ZERO);
    }

    /** The figures of a table, by catalog name with or without schema. */
    public Optional<TableBlocking> table(String name) {
        return tables.stream().filter(t -> Tables.sameTable(t.table(), name)).findFirst();
    }
}

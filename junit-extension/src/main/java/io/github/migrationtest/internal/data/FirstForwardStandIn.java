package io.github.migrationtest.internal.data;

import io.github.migrationtest.internal.engine.StepContext;
import io.github.migrationtest.internal.locks.StepTrace;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Example rows for DATA_REPRODUCED. The state after the first forward is gone once forward runs again, but the lock
 * trace ran the same script on a copy of the same database before the step. Each differing table whose data on that
 * copy has the first forward's fingerprint is judged again with the copy standing in for the first forward, which
 * gives its findings example keys. A table that differs on the copy too (the script is not deterministic) keeps counts.
 */
final class FirstForwardStandIn {

    private final DataFingerprinter fingerprinter = new DataFingerprinter();
    private final DataJudge judge = new DataJudge();

    /**
     * @param first     F1, as compared (without time-dependent columns)
     * @param second    F1', as compared
     * @param typesOf   the fingerprint whose column types the copy's columns are compared as (F0)
     * @param byContent tables compared by content, whose keys differ between the runs: never given examples
     */
    List<DataFinding> withExamples(List<DataFinding> findings, DatabaseFingerprint first, DatabaseFingerprint second,
                                   DatabaseFingerprint typesOf, Set<String> byContent, Set<String> timeDependent,
                                   Connection secondDatabase, StepContext step) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        findings.stream().map(DataFinding::table).filter(t -> !byContent.contains(t)).forEach(tables::add);
        Optional<DataSource> copy = StepTrace.of(step).afterForward(step.forwardStatements());
        if (tables.isEmpty() || copy.isEmpty()) {
            return findings;
        }
        Set<String> exact = new HashSet<>();
        try (Connection c = copy.get().getConnection()) {
            Set<String> others = new HashSet<>(UserTables.of(c).byName().keySet());
            others.removeAll(tables);
            others.addAll(step.ignoredTables());
            DatabaseFingerprint onCopy = fingerprinter.takeComparedWith(c, others, typesOf).without(timeDependent);
            tables.stream().filter(t -> onCopy.table(t).equals(first.table(t))).forEach(exact::add);
        }
        if (exact.isEmpty()) {
            return findings;
        }
        List<DataFinding> rejudged = judge.again(first.only(exact), second.only(exact), secondDatabase, copy::get);
        List<DataFinding> merged = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (DataFinding finding : findings) {
            if (!exact.contains(finding.table())) {
                merged.add(finding);
            } else if (placed.add(finding.table())) {
                rejudged.stream().filter(f -> f.table().equals(finding.table())).forEach(merged::add);
            }
        }
        return merged;
    }
}

package io.github.migrationtest.internal.data;

import io.github.migrationtest.internal.data.DataFinding.Phase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Judges what a migration step did to the data, from fingerprints taken before forward (F0), after forward (F1),
 * after the down script (F0') and after forward again (F1').
 *
 * <p>Each judgement takes a connection to the database in its later state and, optionally, a supplier of the
 * database as it was in the earlier state. The supplier is called only when a difference is found, to fetch a few
 * example rows of the differing key buckets from both and to count a changed column's NULLs there; when it is
 * {@code null}, findings carry counts only, and NULL counts only where they are known without the earlier database.
 */
public final class DataJudge {

    /** F0 against F1: row counts unchanged, kept columns keep their values, renames recognised, drops counted. */
    public List<DataFinding> forward(DatabaseFingerprint before, DatabaseFingerprint after, Connection afterDatabase,
                                     Supplier<DataSource> beforeDatabase) throws SQLException {
        return judge(Phase.FORWARD, before, after, afterDatabase, beforeDatabase);
    }

    /** F0 against F0': every table that existed before holds exactly the same data after the down script. */
    public List<DataFinding> roundTrip(DatabaseFingerprint before, DatabaseFingerprint restored,
                                       Connection restoredDatabase, Supplier<DataSource> beforeDatabase)
            throws SQLException {
        return judge(Phase.ROUND_TRIP, before, restored, restoredDatabase, beforeDatabase);
    }

    /** F1 against F1': running forward a second time gives the same data as the first time. */
    public List<DataFinding> again(DatabaseFingerprint firstForward, DatabaseFingerprint secondForward,
                                   Connection secondDatabase, Supplier<DataSource> firstForwardDatabase)
            throws SQLException {
        return judge(Phase.AGAIN, firstForward, secondForward, secondDatabase, firstForwardDatabase);
    }

    private static List<DataFinding> judge(Phase phase, DatabaseFingerprint was, DatabaseFingerprint is,
                                           Connection isDatabase, Supplier<DataSource> wasDatabase)
            throws SQLException {
        List<DataFinding> findings = new ArrayList<>();
        try (Sides sides = new Sides(isDatabase, wasDatabase)) {
            TableJudge tables = new TableJudge(phase, new ExampleFinder(sides), new NullCounter(sides),
                    new RowsKept(sides));
            PartitionMoves moves = PartitionMoves.of(phase, was, is);
            findings.addAll(moves.findings());
            for (TableFingerprint table : was.tables().values()) {
                if (!moves.settled().contains(table.name())) {
                    findings.addAll(tables.judge(table, is.tables().get(table.name())));
                }
            }
        }
        return findings;
    }
}

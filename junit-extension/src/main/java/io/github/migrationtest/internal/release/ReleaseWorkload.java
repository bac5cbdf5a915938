package io.github.migrationtest.internal.release;

import io.github.migrationtest.ReleaseStep;
import io.github.migrationtest.Verdict;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * HOOK for the old-application workload (issue 15: "with the old application running"). A release runs forward with
 * the old application running, and back with it still running (it is the code being rolled back to): {@link ReleaseRun}
 * calls {@link #start} right before each of these two phases, on the release's working database, and
 * {@link Running#stop()} right after it, whether the phase succeeded or not. The verdicts {@code stop()} returns (e.g.
 * {@code Check.OLD_APPLICATION}) join the release's own. {@link #NONE}, the default, runs nothing.
 *
 * <p>To connect a workload runner: implement this interface in {@code internal.workload} and hand it to
 * {@code internal.junit.ReleaseExtension.runWith(context, workload)} before the first release runs (e.g. in the workload
 * extension's {@code beforeAll}); it is looked up each time a release starts forward or back.
 * {@code ReleaseWorkloadHookTest} shows it.
 */
@FunctionalInterface
public interface ReleaseWorkload {

    /** Runs nothing: releases are rehearsed without an old application. */
    ReleaseWorkload NONE = (phase, release, database) -> Running.NONE;

    /** The phases of a release the old application runs through. */
    enum Phase { FORWARD, BACK }

    /**
     * Starts the old application on {@code database} before {@code phase} of {@code release}; called on the thread that
     * then runs the phase's scripts.
     */
    Running start(Phase phase, ReleaseStep release, DataSource database) throws SQLException;

    /** A started workload. */
    @FunctionalInterface
    interface Running {

        Running NONE = List::of;

        /** Stops it after the phase; returns what it concluded (empty: nothing to judge). */
        List<Verdict> stop() throws SQLException;
    }
}

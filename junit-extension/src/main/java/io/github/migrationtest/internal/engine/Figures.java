package io.github.migrationtest.internal.engine;

import io.github.migrationtest.BlockedTable;
import io.github.migrationtest.DataChange;
import io.github.migrationtest.LockRuleBreach;
import io.github.migrationtest.QueryPlan;
import io.github.migrationtest.StatementRun;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the public {@link io.github.migrationtest.MigrationStep} shows of a check's measurement. A check attaches one
 * immutable record implementing one of these views ({@link StepResult#attach}); the step's accessors read it back
 * through the measurement slot, so the lifecycle needs no import of the check's package and nothing writes a figure
 * after its check measured it.
 */
public interface Figures {

    /** The lock check's figures ({@code internal.locks.LockFigures}). */
    interface Locks extends Figures {
        List<LockRuleBreach> breaches();

        /** Per table the forward run rewrote, why: {@code public.orders → ALTER COLUMN TYPE}. */
        Map<String, String> rewrites();

        List<BlockedTable> blocked();

        /** The larger p99 of the phases' probe round trips without lock waits. */
        Duration probeLatencyP99();

        /** Share of one client core the lock sampler used, in percent. */
        double samplerCpuPercent();
    }

    /** The data check's findings ({@code internal.data.DataFigures}). */
    interface Data extends Figures {
        List<DataChange> changes();
    }

    /** The rows and time of each data-changing statement ({@code internal.data.StatementFigures}). */
    interface Statements extends Figures {
        List<StatementRun> runs();
    }

    /** The plan check's plans per critical query ({@code internal.plans.StepPlans}). */
    interface Plans extends Figures {
        List<QueryPlan> plans();
    }
}

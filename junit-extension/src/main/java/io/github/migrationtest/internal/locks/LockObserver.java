package io.github.migrationtest.internal.locks;

import io.github.migrationtest.BlockedTable;
import io.github.migrationtest.Check;
import io.github.migrationtest.LockRuleBreach;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.engine.StepContext;
import io.github.migrationtest.internal.engine.StepObserver;
import io.github.migrationtest.internal.engine.StepResult;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The lock checks of one step: before forward, the forward script is traced on a copy of the database (and, with a
 * blocker configured, rehearsed once more behind it); during forward and back a sampler watches the migration's locks
 * and probes measure how long reads and writes of the tables it locks were blocked; at the end the rules and the
 * measured blocking become the BLOCKING and LOCK_RULES verdicts.
 */
final class LockObserver implements StepObserver {

    static final String MONITOR_APPLICATION = "migrationtest-lock-monitor";

    private final LockSettings settings;
    private final Map<Phase, LockTimeline> timelines = new EnumMap<>(Phase.class);
    private final Map<Phase, ProbeReport> probes = new EnumMap<>(Phase.class);
    private StepTrace trace;
    private String queueFailure = "";

    LockObserver(LockSettings settings) {
        this.settings = settings;
    }

    /** The trace and the queue rehearsal run before forward; probes watch forward and back. */
    @Override
    public Set<Check> checks(Phase phase) {
        return phase == null || phase == Phase.FORWARD ? Set.of(Check.BLOCKING, Check.LOCK_RULES)
                : phase == Phase.BACK ? Set.of(Check.BLOCKING) : Set.of();
    }

    @Override
    public Watch before(Phase phase, StepContext step) throws SQLException {
        if (phase == Phase.AGAIN || (phase == Phase.BACK && trace == null)) {
            return Watch.NONE;
        }
        if (phase == Phase.FORWARD) {
            trace = StepTrace.of(step);
            if (settings.blocker().isPresent()) {
                queueFailure = QueueRehearsal.run(step, trace, settings.blocker().get(), settings);
            }
        }
        DataSource monitor = step.database(MONITOR_APPLICATION);
        LockSampler sampler = LockSampler.start(monitor, step.migrationApplicationName(), settings.sampleInterval());
        BlockingProbes running = BlockingProbes.start(monitor, trace.lockedTables(), settings.probeInterval(),
                step.migrationApplicationName());
        return () -> {
            try {
                probes.put(phase, running.stop());
            } finally {
                timelines.put(phase, sampler.stop());
            }
        };
    }

    @Override
    public void finish(StepContext step) {
        StepResult result = step.result();
        if (trace == null || !probes.containsKey(Phase.FORWARD)) {
            String why = LockMessages.notRun("the forward run did not start");
            result.add(Check.BLOCKING, Verdict.Outcome.NOT_RUN, why);
            result.add(Check.LOCK_RULES, Verdict.Outcome.NOT_RUN, why);
            return;
        }
        List<LockFinding> findings = LockRules.check(trace.traced(), settings.policy(), probes.get(Phase.FORWARD),
                timelines.get(Phase.FORWARD));
        Duration threshold = step.declarations().maxBlocked().orElse(settings.policy().maxBlocked());
        Map<String, Long> tables = new java.util.LinkedHashMap<>(trace.productionRows());
        tables.keySet().removeAll(step.ignoredTables());
        result.attach(new LockFigures(findings.stream().map(LockObserver::breach).toList(), trace.rewrites(),
                blockedTables(), probeLatency(), SamplerLoad.of(timelines.values()).cpuPercent(),
                lockPictures(tables.keySet()), tables, threshold));
        result.add(new BlockingJudge(step.migration().displayName(), threshold,
                settings.policy().infoBelowRows(), trace, findings, timelines)
                .verdict(result.blockedTables(), probeLatency()));
        String name = step.migration().displayName();
        String queued = queueFailure;
        result.add(trace.problem().isEmpty()
                ? LockMessages.lockRulesVerdict(name, result.unallowedLockRuleBreaches(), queued)
                : new Verdict(Check.LOCK_RULES, Verdict.Outcome.NOT_RUN, LockMessages.notRun(trace.problem())));
        result.judgeAgainOnTakeOver(Check.LOCK_RULES,
                (current, takenOver) -> LockMessages.lockRulesVerdict(name, result.unallowedLockRuleBreaches(), queued));
    }

    /** The larger p99 of the phases' probe round trips without lock waits. */
    private Duration probeLatency() {
        return probes.values().stream().map(ProbeReport::latencyP99).max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    /** Per phase that was watched, the locks and blocked spans the report draws on one time axis. */
    private List<LockPicture> lockPictures(Set<String> tables) {
        List<LockPicture> pictures = new ArrayList<>();
        timelines.forEach((phase, timeline) -> {
            if (probes.containsKey(phase)) {
                pictures.add(LockPicture.of(phase.name().toLowerCase(Locale.ROOT), timeline, probes.get(phase), tables));
            }
        });
        return pictures;
    }

    private List<BlockedTable> blockedTables() {
        List<BlockedTable> tables = new ArrayList<>();
        probes.forEach((phase, report) -> {
            for (TableBlocking t : report.tables()) {
                if (t.existed()) {
                    tables.add(new BlockedTable(phase.name().toLowerCase(Locale.ROOT), t.table(),
                            trace.rows(t.table()), t.longestBlockedRead(), t.longestBlockedWrite()));
                }
            }
        });
        return tables;
    }

    private static LockRuleBreach breach(LockFinding f) {
        return new LockRuleBreach(f.ruleId(), f.severity().name(), f.line(), f.headline(), f.table(), f.rows(),
                f.measuredBlocking(), f.message());
    }

    @Override
    public String queries() {
        return "a query of the lock checks";
    }
}

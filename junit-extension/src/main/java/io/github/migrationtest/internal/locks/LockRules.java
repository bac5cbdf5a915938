package io.github.migrationtest.internal.locks;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks a traced migration against the known-dangerous lock patterns. Pure logic, no database. */
public final class LockRules {

    private static final List<Rule> RULES = List.of(
            new ConstraintWithoutNotValid(),
            new SetNotNullByScan(),
            new TypeChangeRewrite(),
            new VarcharShrink(),
            new CreateIndexWithoutConcurrently(),
            new DropIndexWithoutConcurrently(),
            new UniqueConstraintBuildsIndex(),
            new RewriteByVolatileDefault(),
            new StatementsAfterAccessExclusive(),
            new VacuumFullOrCluster(),
            new ForeignKeyWithoutIndex(),
            new MissingLockTimeout());

    private static final Set<String> IDS = Set.of(ConstraintWithoutNotValid.ID, SetNotNullByScan.ID,
            TypeChangeRewrite.ID, VarcharShrink.ID, CreateIndexWithoutConcurrently.ID, DropIndexWithoutConcurrently.ID,
            UniqueConstraintBuildsIndex.ID, RewriteByVolatileDefault.ID, StatementsAfterAccessExclusive.ID,
            VacuumFullOrCluster.ID, ForeignKeyWithoutIndex.ID, MissingLockTimeout.ID);

    private LockRules() {
    }

    /** The id of every rule, e.g. {@code create-index-without-concurrently}: what a step may allow. */
    public static Set<String> ids() {
        return IDS;
    }

    /**
     * @param probes   blocked-time figures of the real forward step, or null when not measured
     * @param timeline the sampler's observations of the real forward step, or null when not sampled
     * @return findings in statement order
     */
    public static List<LockFinding> check(List<TracedStatement> trace, LockPolicy policy, ProbeReport probes,
                                          LockTimeline timeline) {
        RuleContext context = new RuleContext(List.copyOf(trace), policy, Optional.ofNullable(probes),
                Optional.ofNullable(timeline));
        return RULES.stream()
                .flatMap(rule -> rule.check(context).stream())
                .sorted(Comparator.comparingInt(LockFinding::line))
                .toList();
    }
}

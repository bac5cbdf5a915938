package io.github.migrationtest;

import java.util.List;

/**
 * What a test (or a declaration in the script) takes over from the default policy on one step: the one way a step's
 * verdicts change after its checks ran. {@link MigrationStep#takeOver} records it; the checks it concerns are judged
 * again from what they measured and everything taken over so far.
 */
public sealed interface TakeOver {

    /** The test's own assertion judges this check; the default policy leaves its verdict to the test. */
    static TakeOver check(Check check) {
        return new Judged(check);
    }

    /** One lock rule is accepted on this step for a reason a reviewer can judge; LOCK_RULES is judged without it. */
    static TakeOver allowLockRule(String rule, String reason) {
        return new LockRuleAllowed(rule, reason);
    }

    /** The data these places held is lost on purpose; DATA_RESTORED no longer counts the data of the ones dropped. */
    static TakeOver acceptLoss(List<String> places) {
        return new LossAccepted(List.copyOf(places));
    }

    /** One critical query's plan change is accepted on this step for a reason a reviewer can judge; PLANS is judged without it. */
    static TakeOver allowPlanChange(String query, String reason) {
        return new PlanChangeAllowed(query, reason);
    }

    /** One critical query's estimated cost may grow by this factor on this step, instead of the default limit. */
    static TakeOver limitPlanCost(String query, double factor) {
        return new PlanCostLimited(query, factor);
    }

    /** @param query the critical query's name */
    record PlanChangeAllowed(String query, String reason) implements TakeOver {
    }

    /** @param query the critical query's name; @param factor how much its estimated cost may grow */
    record PlanCostLimited(String query, double factor) implements TakeOver {
    }

    /** The old application's failures with this SQLSTATE are accepted on this step; OLD_APPLICATION is judged without them. */
    static TakeOver allowOldApplicationError(String sqlState, String reason) {
        return new OldApplicationErrorAllowed(sqlState, reason);
    }

    /** @param check the check the test judges itself */
    record Judged(Check check) implements TakeOver {
    }

    /** @param rule the lock rule's id, e.g. {@code create-index-without-concurrently} */
    record LockRuleAllowed(String rule, String reason) implements TakeOver {
    }

    /** @param sqlState e.g. {@code 42703} */
    record OldApplicationErrorAllowed(String sqlState, String reason) implements TakeOver {
    }

    /** @param places tables or columns, e.g. {@code customers.legacy_code} */
    record LossAccepted(List<String> places) implements TakeOver {
    }
}

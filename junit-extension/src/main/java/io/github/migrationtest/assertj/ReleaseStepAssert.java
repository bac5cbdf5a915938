package io.github.migrationtest.assertj;

import io.github.migrationtest.Check;
import io.github.migrationtest.ReleaseStep;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.TakeOver;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one rehearsed release. Each assertion judges one or more {@link Check}s; the release policy then
 * leaves those checks to the assertion.
 */
public class ReleaseStepAssert extends AbstractAssert<ReleaseStepAssert, ReleaseStep> {

    public ReleaseStepAssert(ReleaseStep release) {
        super(release, ReleaseStepAssert.class);
    }

    /** Every migration of the release runs forward as one deploy. */
    public ReleaseStepAssert runsForward() {
        return passes(Check.FORWARD);
    }

    /**
     * Every migration has a down script, the down scripts run in reverse order and restore the schema of the previous
     * release, and the release runs forward again after them.
     */
    public ReleaseStepAssert isReversible() {
        return passes(Check.FORWARD, Check.DOWN_SCRIPT, Check.BACK, Check.SCHEMA_RESTORED, Check.AGAIN);
    }

    /** After the down scripts the schema equals the previous release's. */
    public ReleaseStepAssert restoresSchema() {
        return passes(Check.FORWARD, Check.DOWN_SCRIPT, Check.BACK, Check.SCHEMA_RESTORED);
    }

    /** After the down scripts every table holds exactly the data it held before the release. */
    public ReleaseStepAssert restoresData() {
        return passes(Check.DATA_RESTORED);
    }

    /** Forward again after the down scripts yields the same schema as the first forward run. */
    public ReleaseStepAssert reproducesSchema() {
        return passes(Check.AGAIN, Check.SCHEMA_REPRODUCED);
    }

    /**
     * The {@code @OldApplication} (the code live before the release) got no error that it did not get before, while on a
     * copy of the database the release ran forward and then back through its down scripts.
     */
    public ReleaseStepAssert keepsOldApplicationWorking() {
        isNotNull();
        if (actual.oldApplication().isEmpty() && actual.verdict(Check.OLD_APPLICATION).message().equals("not checked")) {
            actual.takeOver(TakeOver.check(Check.OLD_APPLICATION));
            throw new StepFailures(info).failure(AssertionMessages.noOldApplication(actual.displayName(), "to keep the old application working"));
        }
        return passes(Check.OLD_APPLICATION);
    }

    /**
     * Accepts the old application's failures with this SQLSTATE during this release, for a reason a reviewer can judge,
     * e.g. {@code allowsOldApplicationError("42703", "the report page is switched off during the deploy")}.
     */
    public ReleaseStepAssert allowsOldApplicationError(String sqlState, String reason) {
        actual.takeOver(StepFailures.oldApplicationErrorAllowed(sqlState, reason));
        return myself;
    }

    private ReleaseStepAssert passes(Check... checks) {
        isNotNull();
        for (Check check : checks) {
            actual.takeOver(TakeOver.check(check));
        }
        for (Check check : checks) {
            Verdict verdict = actual.verdict(check);
            if (verdict.outcome() != Verdict.Outcome.PASSED) {
                throw new StepFailures(info).failure(AssertionMessages.shouldPass(actual.displayName(), verdict));
            }
        }
        return myself;
    }
}

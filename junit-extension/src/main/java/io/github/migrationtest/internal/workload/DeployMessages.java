package io.github.migrationtest.internal.workload;

import io.github.migrationtest.Verdict;

/** The OLD_APPLICATION messages that say which code is live during a step and why (listed in docs/errors.md). */
final class DeployMessages {

    private DeployMessages() {
    }

    /** The verdict of a step during which no declared application is the live code. */
    static String notJudged(DeployOrder.Live live) {
        if (live.old()) {
            return "not judged: the code before the first deploy is live during it (no post-deploy migration ran before it)"
                    + " and no @OldApplication is declared";
        }
        if (!live.current()) {
            return "not judged: the code of a later deploy is live during it (since " + live.since() + "); @OldApplication"
                    + " is the code before the first deploy and @CurrentApplication the code of the first ("
                    + live.deploys().get(0) + "). Judge the later release in a class of its own, with seedAt at the last"
                    + " version of the release before it";
        }
        if (live.wentLive()) {
            return "post-deploy (" + live.postDeploy().get() + "): it runs once the new code is live, so the old"
                    + " application is not judged against it (and no @CurrentApplication is declared)";
        }
        return "not judged: the new code is live since " + live.since() + ", so the old application is not judged"
                + " against this later migration (and no @CurrentApplication is declared)";
    }

    /** The verdict of the current application, saying why it is judged when an earlier migration made its code live. */
    static Verdict judgedAgainst(DeployOrder.Live live, Verdict verdict) {
        if (live.old() || !verdict.message().contains("current application") || live.wentLive()) {
            return verdict;
        }
        String why = "judged against @CurrentApplication: the new code is live since " + live.since();
        return new Verdict(verdict.check(), verdict.outcome(), verdict.message()
                + (verdict.outcome() == Verdict.Outcome.FAILED ? "\n  " + capitalised(why) + "." : "; " + why));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

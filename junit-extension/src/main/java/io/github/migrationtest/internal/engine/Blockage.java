package io.github.migrationtest.internal.engine;

import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.ScriptFailure;
/**
 * Why no step from some version on can be reached: the migration to blame and what went wrong there. Found once and
 * kept, so that every later step fails at once naming the real culprit instead of running into it again.
 *
 * @param culprit    the migration whose failure (or whose top-up) blocks the way; for the seed point, the one that failed
 * @param seedPoint  whether the seed point itself cannot be built, which blocks every step
 * @param cause      the whole explanation, with the script failure or the seeder's message and the fix
 * @param shortCause the same in a few words, for the summary
 */
public record Blockage(Migration culprit, boolean seedPoint, String cause, String shortCause) {

    static Blockage forward(Migration culprit, ScriptFailure failure) {
        return new Blockage(culprit, false, culprit.displayName() + " fails forward: " + failure.describe() + ". Fix "
                + culprit.displayName() + " first; its own step says more.", culprit.displayName() + " fails forward");
    }

    public static Blockage topUp(Migration after, String seederMessage, long seed) {
        return new Blockage(after, false, "the tables created after the seed point cannot be seeded after " + after.displayName()
                + ": " + seederMessage + " (seed " + seed + ")", "the top-up after " + after.displayName() + " cannot seed");
    }

    public static Blockage seedPointForward(Migration seedPoint, Migration culprit, ScriptFailure failure) {
        return new Blockage(culprit, true, "the seed point " + seedPoint.displayName() + " (seedAt = \"" + seedPoint.versionText()
                + "\") cannot be built, because " + culprit.displayName() + " fails forward: " + failure.describe() + ". Fix "
                + culprit.displayName() + " first; no step of this class can be rehearsed until then.",
                "the seed point cannot be built: " + culprit.displayName() + " fails forward");
    }

    public static Blockage seedPointSeeding(Migration seedPoint, String seederMessage) {
        return new Blockage(seedPoint, true, "the seed point " + seedPoint.displayName() + " (seedAt = \"" + seedPoint.versionText()
                + "\") cannot be seeded: " + seederMessage, "the seed point cannot be seeded");
    }

    public static Blockage seedPointHarness(Migration seedPoint, String harnessFailure) {
        return new Blockage(seedPoint, true, "the seed point " + seedPoint.displayName() + " (seedAt = \"" + seedPoint.versionText()
                + "\") cannot be built: " + harnessFailure, "the seed point cannot be built");
    }

    /** Whether a step that starts from version index {@code before} (of {@code culpritIndex}'s history) is blocked. */
    boolean blocks(int before, int culpritIndex) {
        return seedPoint || before >= culpritIndex;
    }

    /** The failure of a step that needs the database at {@code before}. */
    StepNotRunnableException failStep(Migration step, Migration before) {
        return new StepNotRunnableException(step.displayName() + " was not rehearsed: " + (seedPoint ? cause
                : "the database cannot be brought to " + before.displayName() + " before this step, because " + cause));
    }

    /** Thrown where the blockage is found, caught by the rehearsal, which keeps it. */
    public static final class Found extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Blockage blockage;

        public Found(Blockage blockage) {
            super(blockage.cause(), null, false, false);
            this.blockage = blockage;
        }

        public Blockage blockage() {
            return blockage;
        }
    }
}

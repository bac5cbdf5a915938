package io.github.migrationtest;

/**
 * One thing the plan comparison found about a critical query.
 *
 * @param severity {@code ERROR} (fails PLANS unless allowed), {@code WARNING} or {@code INFO}
 * @param kind     what kind of change, e.g. {@code lost-index}, {@code index-dropped}, {@code cost-growth},
 *                 {@code index-only-to-index}, {@code other-index}, {@code new-sort}, {@code new-hash},
 *                 {@code join-method}, {@code new-seq-scan}, {@code index-used}, {@code not-restored}, {@code no-plan}, {@code plan-changed}
 * @param message  what changed, in a sentence
 */
public record PlanFinding(String severity, String kind, String message) {

    public boolean isError() {
        return severity.equals("ERROR");
    }
}

package io.github.migrationtest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One migration inside a {@link ReleaseStep}, as it ran in the release: its times and its own verdicts
 * ({@link Check#FORWARD}, {@link Check#DOWN_SCRIPT}, {@link Check#BACK}, {@link Check#AGAIN}).
 *
 * @param version     e.g. {@code 6}
 * @param displayName e.g. {@code V6 split customer name}
 * @param script      where the forward script is
 * @param undoScript  where its down script is, if there is one
 * @param forwardTime how long its forward run took in the release (zero when it did not run)
 * @param backTime    how long its down script took, if it ran
 * @param againTime   how long its second forward run took, if it ran
 * @param verdicts    what happened to it in each phase
 */
public record ReleaseMigration(String version, String displayName, String script, Optional<String> undoScript,
                               Duration forwardTime, Optional<Duration> backTime, Optional<Duration> againTime,
                               List<Verdict> verdicts) {

    public ReleaseMigration {
        verdicts = List.copyOf(verdicts);
    }

    /** The verdict of one phase of this migration. */
    public Verdict verdict(Check check) {
        return verdicts.stream().filter(v -> v.check() == check).findFirst()
                .orElse(new Verdict(check, Verdict.Outcome.NOT_RUN, "not checked"));
    }
}

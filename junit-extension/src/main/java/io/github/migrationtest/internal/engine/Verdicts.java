package io.github.migrationtest.internal.engine;

import io.github.migrationtest.Check;
import io.github.migrationtest.TakeOver;
import io.github.migrationtest.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verdicts of one rehearsed step or release and what the test took over of them: the checks its assertions judged
 * (the policy leaves those alone) and the allowances that make a check judge again ({@link #judgeAgainOnTakeOver}).
 * {@code StepResult} and {@code ReleaseResult} keep theirs in one; thread-safe.
 */
public final class Verdicts {

    private final List<Verdict> verdicts = new ArrayList<>();
    private final Set<Check> judgedByAssertion = EnumSet.noneOf(Check.class);
    private final List<TakeOver> takenOver = new ArrayList<>();
    private final Map<Check, Rejudge> rejudges = new EnumMap<>(Check.class);
    private final boolean inCheckOrder;

    private Verdicts(boolean inCheckOrder) {
        this.inCheckOrder = inCheckOrder;
    }

    /** Listed in the order they were given (a step's: the order its checks judged). */
    public static Verdicts inOrderGiven() {
        return new Verdicts(false);
    }

    /** Listed in the order of {@link Check} (a release's). */
    public static Verdicts inCheckOrder() {
        return new Verdicts(true);
    }

    /** Judges one check again from its measurement and what was taken over. */
    @FunctionalInterface
    public interface Rejudge {
        Verdict verdict(Verdict current, List<TakeOver> takenOver);
    }

    public synchronized void add(Verdict verdict) {
        verdicts.add(verdict);
    }

    /**
     * Puts {@code verdict} in place of whatever was said of its check so far: where the check's first verdict stood, or
     * last when it had none.
     */
    public synchronized void replace(Verdict verdict) {
        int at = -1;
        for (int i = 0; i < verdicts.size() && at < 0; i++) {
            at = verdicts.get(i).check() == verdict.check() ? i : -1;
        }
        verdicts.removeIf(v -> v.check() == verdict.check());
        verdicts.add(at < 0 ? verdicts.size() : at, verdict);
    }

    /** Marks {@code checks} not run with {@code message}, last, in place of whatever was said of them. */
    public synchronized void skip(Set<Check> checks, String message) {
        for (Check check : checks) {
            verdicts.removeIf(v -> v.check() == check);
            verdicts.add(new Verdict(check, Verdict.Outcome.NOT_RUN, message));
        }
    }

    /** How {@code check} is judged again whenever something is taken over; a verdict NOT_RUN stays. */
    public synchronized void judgeAgainOnTakeOver(Check check, Rejudge rejudge) {
        rejudges.put(check, rejudge);
    }

    /** Records what the test took over: a check it judges itself, or an allowance every registered check is judged again with. */
    public synchronized void takeOver(TakeOver takeOver) {
        takenOver.add(takeOver);
        if (takeOver instanceof TakeOver.Judged judged) {
            judgedByAssertion.add(judged.check());
            return;
        }
        List<TakeOver> all = List.copyOf(takenOver);
        rejudges.forEach((check, rejudge) -> verdicts.replaceAll(v -> v.check() == check && v.outcome() != Verdict.Outcome.NOT_RUN
                ? rejudge.verdict(v, all) : v));
    }

    public synchronized List<TakeOver> takenOver() {
        return List.copyOf(takenOver);
    }

    public synchronized List<Verdict> all() {
        return inCheckOrder ? verdicts.stream().sorted(Comparator.comparingInt(v -> v.check().ordinal())).toList()
                : List.copyOf(verdicts);
    }

    /** The failed verdicts that no assertion in the test took over. */
    public synchronized List<Verdict> unjudgedFailures() {
        return all().stream().filter(v -> v.failed() && !judgedByAssertion.contains(v.check())).toList();
    }

    /** The failed verdicts that an assertion in the test took over (and judged itself). */
    public synchronized List<Verdict> judgedFailures() {
        return all().stream().filter(v -> v.failed() && judgedByAssertion.contains(v.check())).toList();
    }

    @Override
    public synchronized String toString() {
        return verdicts.toString();
    }
}

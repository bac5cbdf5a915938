package io.github.migrationtest.internal.locks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the report draws of one phase's locks: which lock the migration held (or waited for) on which relation from
 * when to when, and when the probes' ordinary reads and writes were blocked, all in milliseconds from the phase's start.
 *
 * @param phase   {@code forward} or {@code back}
 * @param wallMs  how long the sampler watched the phase
 * @param locks   the migration's locks on relations, as the sampler saw them
 * @param blocked the probes' blocked spans
 */
public record LockPicture(String phase, long wallMs, List<Held> locks, List<Blocked> blocked) {

    public LockPicture {
        locks = List.copyOf(locks);
        blocked = List.copyOf(blocked);
    }

    /** A lock of the migration's: {@code ACCESS EXCLUSIVE} on {@code public.orders} from 3 to 250 ms, during a statement. */
    public record Held(String relation, String mode, boolean granted, long fromMs, long toMs, String statement) {
    }

    /** A span in which a probe's read or write of the table waited. */
    public record Blocked(String table, String kind, long fromMs, long toMs) {
    }

    /**
     * The picture of a phase from its sampler timeline and its probes (one clock: the server runs on this machine), of
     * the given tables only (the user's tables that existed before the step; not Flyway's history table or indexes).
     */
    public static LockPicture of(String phase, LockTimeline timeline, ProbeReport probes, Set<String> tables) {
        List<Held> held = new ArrayList<>();
        for (ObservedLock l : timeline.locks()) {
            if (tables.stream().noneMatch(t -> Tables.sameTable(t, l.relation()))) {
                continue;
            }
            held.add(new Held(l.relation(), l.mode().sqlName(), l.granted(), millis(l.firstSeen()),
                    Math.max(millis(l.lastSeen()), millis(l.firstSeen()) + 1), l.statement()));
        }
        List<Blocked> blocked = new ArrayList<>();
        long zero = timeline.startEpochMicros();
        for (BlockedSpan s : probes.spans()) {
            if (zero > 0 && s.endMicros() > s.startMicros()) {
                blocked.add(new Blocked(s.table(), s.write() ? "write" : "read", Math.max(0, (s.startMicros() - zero) / 1_000),
                        Math.max(0, (s.endMicros() - zero) / 1_000)));
            }
        }
        return new LockPicture(phase, timeline.wall().toMillis(), held, blocked);
    }

    private static long millis(Duration d) {
        return d.toMillis();
    }
}

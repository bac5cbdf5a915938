package io.github.migrationtest.internal.locks;

import io.github.migrationtest.internal.locks.LockSample.LockKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Folds samples into {@link ObservedLock}s: a lock's run continues while consecutive samples see it. */
final class TimelineBuilder {

    private final Map<LockKey, Track> tracks = new LinkedHashMap<>();
    private int samples;

    /** Adds one sample taken {@code at} nanoseconds after the start; not thread-safe, one sampler thread only. */
    void add(long at, List<LockSample> rows) {
        samples++;
        Set<LockKey> seen = new HashSet<>();
        for (LockSample row : rows) {
            Track track = tracks.computeIfAbsent(row.key(), k -> new Track(at));
            if (seen.add(row.key())) {
                track.see(at, row.query());
            }
            track.waiters.addAll(row.waiters());
            track.blockedBy.addAll(row.blockedBy());
        }
        tracks.forEach((key, track) -> {
            if (!seen.contains(key)) {
                track.end();
            }
        });
    }

    int samples() {
        return samples;
    }

    List<ObservedLock> locks() {
        List<ObservedLock> out = new ArrayList<>();
        tracks.forEach((key, t) -> out.add(new ObservedLock(key.relation(), key.mode(), key.granted(),
                Duration.ofNanos(t.first), Duration.ofNanos(t.last), Duration.ofNanos(t.longest),
                t.longestStatement, Set.copyOf(t.waiters), Set.copyOf(t.blockedBy))));
        return out;
    }

    private static final class Track {
        final long first;
        long last;
        long runStart = -1;
        String runStatement;
        long longest;
        String longestStatement;
        final Set<Integer> waiters = new HashSet<>();
        final Set<Integer> blockedBy = new HashSet<>();

        Track(long first) {
            this.first = first;
        }

        void see(long at, String query) {
            if (runStart < 0) {
                runStart = at;
                runStatement = query;
            }
            last = at;
            if (longestStatement == null || at - runStart > longest) {
                longest = at - runStart;
                longestStatement = runStatement;
            }
        }

        void end() {
            runStart = -1;
        }
    }
}

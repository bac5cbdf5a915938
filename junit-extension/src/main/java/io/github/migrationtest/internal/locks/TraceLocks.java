package io.github.migrationtest.internal.locks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns lock observations (by OID from the own backend, or by name from a sampler) into {@link TracedLock}s. */
final class TraceLocks {

    private final Map<String, Long> productionRows;

    TraceLocks(Map<String, Long> productionRows) {
        this.productionRows = productionRows;
    }

    List<TracedLock> byOid(Map<Long, LockMode> held, RelationSnapshot before, RelationSnapshot after) {
        List<TracedLock> out = new ArrayList<>();
        held.forEach((oid, mode) -> after.get(oid).or(() -> before.get(oid))
                .ifPresent(r -> out.add(lock(r, mode, before.get(oid)))));
        return out;
    }

    List<TracedLock> byName(LockTimeline timeline, Optional<KnownLocks.Known> known, RelationSnapshot before,
                            RelationSnapshot after) {
        Map<Relation, LockMode> strongest = new LinkedHashMap<>();
        for (ObservedLock seen : timeline.locks()) {
            if (seen.granted()) {
                resolve(seen.relation(), before, after).ifPresent(r -> strongest.merge(r, seen.mode(),
                        LockMode::strongest));
            }
        }
        known.ifPresent(k -> resolve(k.relationName(), before, after)
                .flatMap(r -> k.nameIsIndex() ? before.named(r.table()) : Optional.of(r))
                .ifPresent(r -> strongest.merge(r, k.mode(), LockMode::strongest)));
        List<TracedLock> out = new ArrayList<>();
        strongest.forEach((r, mode) -> out.add(lock(r, mode, before.get(r.oid()))));
        return out;
    }

    private static Optional<Relation> resolve(String name, RelationSnapshot before, RelationSnapshot after) {
        if (name.chars().allMatch(Character::isDigit)) {
            long oid = Long.parseLong(name);
            return after.get(oid).or(() -> before.get(oid));
        }
        return after.named(name).or(() -> before.named(name));
    }

    private TracedLock lock(Relation r, LockMode mode, Optional<Relation> before) {
        return new TracedLock(r.name(), r.isTable(), mode, before.isPresent(), rows(r, before));
    }

    private long rows(Relation r, Optional<Relation> before) {
        return productionRows.entrySet().stream()
                .filter(e -> Tables.sameTable(e.getKey(), r.table()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(before.map(Relation::rows).orElse(0L));
    }
}

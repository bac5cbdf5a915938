package io.github.migrationtest.internal.locks;

import java.time.Duration;
import java.util.Collection;

/**
 * What the lock sampler cost during one step's forward and back runs.
 *
 * @param cpuPercent  share of one client core its thread used
 * @param busyPercent share of the time its sample queries were running on the server
 * @param samples     samples taken
 */
public record SamplerLoad(double cpuPercent, double busyPercent, int samples) {

    public static final SamplerLoad NONE = new SamplerLoad(0, 0, 0);

    static SamplerLoad of(Collection<LockTimeline> timelines) {
        Duration wall = Duration.ZERO;
        Duration cpu = Duration.ZERO;
        Duration busy = Duration.ZERO;
        int samples = 0;
        for (LockTimeline t : timelines) {
            wall = wall.plus(t.wall());
            cpu = cpu.plus(t.samplerCpu());
            busy = busy.plus(t.queryTime());
            samples += t.samples();
        }
        return wall.isZero() ? NONE
                : new SamplerLoad(100.0 * cpu.toNanos() / wall.toNanos(), 100.0 * busy.toNanos() / wall.toNanos(), samples);
    }
}

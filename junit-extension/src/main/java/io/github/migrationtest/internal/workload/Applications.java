package io.github.migrationtest.internal.workload;

import java.util.Optional;

/**
 * The applications declared on a test class.
 *
 * @param old      {@code @OldApplication}: judged during every migration that is not post-deploy
 * @param current  {@code @CurrentApplication}: judged during post-deploy migrations
 * @param settings how they run
 */
public record Applications(Optional<ApplicationCode> old, Optional<ApplicationCode> current, WorkloadSettings settings,
                           WorkloadSettings currentSettings) {

    public static final Applications NONE = new Applications(Optional.empty(), Optional.empty(), WorkloadSettings.DEFAULTS,
            WorkloadSettings.DEFAULTS);

    public boolean declared() {
        return old.isPresent() || current.isPresent();
    }
}

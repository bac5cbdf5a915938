package io.github.migrationtest.internal.workload;

import java.util.Optional;

/**
 * The applications declared on a test class and the order in which their code goes live.
 *
 * @param old             {@code @OldApplication}: judged while the code before the first deploy is live
 * @param current         {@code @CurrentApplication}: judged once the first deploy's code is live
 * @param settings        how the old application runs
 * @param currentSettings how the current application runs
 * @param order           which code is live during which step
 */
public record Applications(Optional<ApplicationCode> old, Optional<ApplicationCode> current, WorkloadSettings settings,
                           WorkloadSettings currentSettings, DeployOrder order) {

    public static final Applications NONE = new Applications(Optional.empty(), Optional.empty(), WorkloadSettings.DEFAULTS,
            WorkloadSettings.DEFAULTS, DeployOrder.NONE);

    public boolean declared() {
        return old.isPresent() || current.isPresent();
    }
}

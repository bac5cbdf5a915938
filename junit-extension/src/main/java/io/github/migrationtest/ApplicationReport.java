package io.github.migrationtest;

import java.util.List;
import java.util.Optional;

/**
 * What the application that ran during a step saw ({@link OldApplication}, or {@link CurrentApplication} from the
 * first post-deploy migration on): its calls, failures and latency before, during and after the forward run.
 *
 * @param application {@code old application} or {@code current application}
 * @param code        what ran: the workload class's simple name, the SQL file, or the jar and its class
 * @param threads     how many threads called it at once
 * @param phases      {@code before}, {@code forward}, {@code after}, in that order
 */
public record ApplicationReport(String application, String code, int threads, List<ApplicationPhase> phases) {

    public ApplicationReport {
        phases = List.copyOf(phases);
    }

    /** The phase of that name ({@code before}, {@code forward}, {@code after}), if the run reached it. */
    public Optional<ApplicationPhase> phase(String name) {
        return phases.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}

package io.github.migrationtest.internal.workload;

/** The application's workload could not be run as asked (not created, no steady state in time); the message says why. */
public final class WorkloadProblem extends Exception {

    WorkloadProblem(String message, Throwable cause) {
        super(message, cause);
    }
}

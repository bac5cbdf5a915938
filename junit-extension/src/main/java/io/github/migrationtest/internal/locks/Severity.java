package io.github.migrationtest.internal.locks;

/** How bad a lock finding is; grows with the production size of the table. */
public enum Severity {
    INFO,
    WARNING,
    ERROR
}

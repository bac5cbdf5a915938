package io.github.migrationtest.internal.flyway;

/**
 * A migration that failed while Flyway ran several: which one it was, and why.
 *
 * @param migration the migration whose script failed (not necessarily the target of the run)
 * @param failure   its script, line, SQLSTATE and message
 */
public record MigrationFailure(Migration migration, ScriptFailure failure) {
}

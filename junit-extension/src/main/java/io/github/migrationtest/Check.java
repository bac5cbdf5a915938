package io.github.migrationtest;

/** What the harness checks on every migration step, in the order it checks them. */
public enum Check {
    /** The migration runs forward. */
    FORWARD,
    /** A down script exists ({@code U<version>__*.sql} in the undo locations). */
    DOWN_SCRIPT,
    /** The down script runs. */
    BACK,
    /** After the down script the schema equals the schema before the migration. */
    SCHEMA_RESTORED,
    /** The migration runs forward a second time after its down script. */
    AGAIN,
    /** The second forward run yields the same schema as the first. */
    SCHEMA_REPRODUCED
}

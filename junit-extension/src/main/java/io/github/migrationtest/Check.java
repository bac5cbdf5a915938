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
    SCHEMA_REPRODUCED,
    /** The forward run keeps the data of every table and column it does not drop or change on purpose. */
    DATA_PRESERVED,
    /** After the down script every table holds exactly the data it held before the migration. */
    DATA_RESTORED,
    /** The second forward run yields the same data as the first (backfills are repeatable). */
    DATA_REPRODUCED,
    /** No ordinary read or write of an existing table was blocked longer than allowed during forward or back. */
    BLOCKING,
    /** No error-level lock rule is broken on a table of production size. */
    LOCK_RULES,
    /**
     * Every critical query ({@link CriticalQuery}) keeps its plan: no lost index, no new whole-table scan of a table of
     * production size, no cost growth past the limit; after the down script every plan equals its plan before the step.
     */
    PLANS,
    /**
     * Every {@code -- migrationtest:} declaration in the forward script is well-formed; what each accepts is judged in
     * the check it names (DATA_PRESERVED, LOCK_RULES, BLOCKING).
     */
    DECLARATIONS,
    /**
     * The application that runs during the migration ({@code @OldApplication}; {@code @CurrentApplication} from the
     * first post-deploy migration on) got no error during or after the forward run that it did not get before; judged only
     * when one is declared.
     */
    OLD_APPLICATION
}

package io.github.migrationtest.assertj;

import io.github.migrationtest.MigrationStep;
import java.util.function.Consumer;

/** The data of one table after a migration; pick a column to assert on. */
public final class TableDataAssert {

    private final MigrationStep step;
    private final String table;
    private final StepFailures failures;
    private final Consumer<AssertionError> failed;

    TableDataAssert(MigrationStep step, String table, StepFailures failures, Consumer<AssertionError> failed) {
        this.step = step;
        this.table = table;
        this.failures = failures;
        this.failed = failed;
    }

    public ColumnDataAssert column(String column) {
        return new ColumnDataAssert(step, table, column, failures, failed);
    }
}

package io.github.migrationtest.assertj;

import io.github.migrationtest.MigrationStep;
import java.util.function.Consumer;

/** The data of one table after a migration; pick a column to assert on. */
public final class TableDataAssert {

    private final MigrationStep step;
    private final String table;
    private final Consumer<AssertionError> failures;

    TableDataAssert(MigrationStep step, String table, Consumer<AssertionError> failures) {
        this.step = step;
        this.table = table;
        this.failures = failures;
    }

    public ColumnDataAssert column(String column) {
        return new ColumnDataAssert(step, table, column, failures);
    }
}

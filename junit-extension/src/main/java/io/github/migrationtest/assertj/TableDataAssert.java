package io.github.migrationtest.assertj;

import io.github.migrationtest.MigrationStep;

/** The data of one table after a migration; pick a column to assert on. */
public final class TableDataAssert {

    private final MigrationStep step;
    private final String table;

    TableDataAssert(MigrationStep step, String table) {
        this.step = step;
        this.table = table;
    }

    public ColumnDataAssert column(String column) {
        return new ColumnDataAssert(step, table, column);
    }
}

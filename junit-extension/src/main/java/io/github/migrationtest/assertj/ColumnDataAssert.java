package io.github.migrationtest.assertj;

import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.internal.data.DerivedColumnCheck;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.opentest4j.AssertionFailedError;

/** The values of one column after a migration, checked in the database against what they should be. */
public final class ColumnDataAssert {

    /** Failures of hard assertions: thrown at once. */
    static final Consumer<AssertionError> THROW = e -> {
        throw e;
    };

    private final MigrationStep step;
    private final String table;
    private final String column;
    private final StepFailures failures;
    /** Where failures go: thrown at once, or collected by soft assertions. */
    private final Consumer<AssertionError> failed;

    ColumnDataAssert(MigrationStep step, String table, String column, StepFailures failures, Consumer<AssertionError> failed) {
        this.step = step;
        this.table = table;
        this.column = column;
        this.failures = failures;
        this.failed = failed;
    }

    /**
     * In every row after the migration the column equals the SQL expression over the same row (NULL equals NULL),
     * e.g. {@code isDerivedFrom("first_name || ' ' || last_name")}.
     */
    public ColumnDataAssert isDerivedFrom(String expression) {
        mismatch(expression).ifPresent(failed);
        return this;
    }

    private Optional<AssertionFailedError> mismatch(String expression) {
        String expecting = AssertionMessages.derived(table + "." + column, expression, step.displayName());
        Optional<DataSource> database = database();
        if (database.isEmpty()) {
            return Optional.of(failures.failure(AssertionMessages.notQueryable(expecting)));
        }
        DerivedColumnCheck.Result result;
        try (Connection connection = database.get().getConnection()) {
            result = new DerivedColumnCheck(connection).compare(table, column, expression);
        } catch (IllegalArgumentException e) {
            return Optional.of(failures.failure(expecting + " but " + e.getMessage()));
        } catch (SQLException e) {
            return Optional.of(failures.failure(AssertionMessages.comparisonFailed(expecting, e.getMessage())));
        }
        if (result.differing() == 0) {
            return Optional.empty();
        }
        String examples = result.examples().stream().map(r -> r.key() + ": " + r.before() + " ≠ " + r.after())
                .collect(Collectors.joining(", "));
        String qualified = AssertionMessages.derived(result.table() + "." + column, expression, step.displayName());
        return Optional.of(failures.failure(AssertionMessages.differs(qualified, result.differing(), result.rows(), examples),
                values(result, false), values(result, true)));
    }

    private Optional<DataSource> database() {
        return step.database();
    }

    private static String values(DerivedColumnCheck.Result result, boolean actual) {
        return result.examples().stream().map(r -> r.key() + ": " + (actual ? r.before() : r.after())).collect(Collectors.joining("\n"));
    }

}

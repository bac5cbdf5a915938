package io.github.migrationtest.assertj;

import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.internal.data.DerivedColumnCheck;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
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
    private final Consumer<AssertionError> failures;

    ColumnDataAssert(MigrationStep step, String table, String column, Consumer<AssertionError> failures) {
        this.step = step;
        this.table = table;
        this.column = column;
        this.failures = failures;
    }

    /**
     * In every row after the migration the column equals the SQL expression over the same row (NULL equals NULL),
     * e.g. {@code isDerivedFrom("first_name || ' ' || last_name")}.
     */
    public ColumnDataAssert isDerivedFrom(String expression) {
        mismatch(expression).ifPresent(failures);
        return this;
    }

    private Optional<AssertionFailedError> mismatch(String expression) {
        String expecting = "Expecting " + table + "." + column + " to equal " + expression + " in every row after " + step.displayName();
        Optional<DataSource> database = database();
        if (database.isEmpty()) {
            return Optional.of(failure(expecting + " but the database is not in that state (the forward run failed, or the down"
                    + " script ran and forward again failed), so it cannot be queried"));
        }
        DerivedColumnCheck.Result result;
        try (Connection connection = database.get().getConnection()) {
            result = new DerivedColumnCheck(connection).compare(table, column, expression);
        } catch (IllegalArgumentException e) {
            return Optional.of(failure(expecting + " but " + e.getMessage()));
        } catch (SQLException e) {
            return Optional.of(failure(expecting + " but the comparison failed: " + e.getMessage()));
        }
        if (result.differing() == 0) {
            return Optional.empty();
        }
        String examples = result.examples().stream().map(r -> r.key() + ": " + r.before() + " ≠ " + r.after())
                .collect(Collectors.joining(", "));
        return Optional.of(new AssertionFailedError(prefix(result.table()) + expecting + " but it differs in " + number(result.differing())
                + " of " + number(result.rows()) + (result.rows() == 1 ? " row" : " rows") + " (column ≠ expression); e.g. " + examples,
                values(result, false), values(result, true)));
    }

    private Optional<DataSource> database() {
        return step.database();
    }

    private static String values(DerivedColumnCheck.Result result, boolean actual) {
        return result.examples().stream().map(r -> r.key() + ": " + (actual ? r.before() : r.after())).collect(Collectors.joining("\n"));
    }

    private AssertionFailedError failure(String message) {
        return new AssertionFailedError(prefix(table) + message);
    }

    private String prefix(String qualifiedTable) {
        return "[" + step.displayName() + ", " + qualifiedTable + "." + column + "] ";
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}

package io.github.migrationtest.internal.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides how each column is hashed: cast to its "compare as" type when one is given, the server has a cast and
 * every value casts; as it is, by its text form, when {@link TypeComparison} finds that the text forms compare; else
 * as it is, marked not comparable with the earlier type, with a note saying why.
 */
final class CastPlanner {

    private static final String BASE_TYPE = """
            SELECT coalesce(bt.typname, t.typname) FROM pg_type t
            LEFT JOIN pg_type bt ON bt.oid = t.typbasetype AND t.typtype = 'd'
            WHERE t.oid = to_regtype(?)""";

    private final Connection connection;
    private final Map<String, String> compareAs;
    private final Map<String, String> baseTypes = new HashMap<>();
    private final TypeComparison comparisons;

    CastPlanner(Connection connection, Map<String, String> compareAs) {
        this.connection = connection;
        this.compareAs = compareAs;
        this.comparisons = new TypeComparison(connection);
    }

    /** Every column as it is, or cast to its "compare as" type when it has one. */
    List<ColumnPlan> plan(TableShape table) throws SQLException {
        List<ColumnPlan> plans = new ArrayList<>();
        for (TableShape.ColumnShape column : table.columns()) {
            String castType = compareAs.get(table.qualifiedName() + "." + column.name());
            plans.add(castType == null ? ColumnPlan.asIs(column) : planned(column, castType));
        }
        return plans;
    }

    private ColumnPlan planned(TableShape.ColumnShape column, String castType) throws SQLException {
        TypeComparison.Verdict way = comparisons.of(column.type(), castType);
        return switch (way.way()) {
            case CAST -> ColumnPlan.cast(column, castType, baseType(castType));
            case TEXT_FORM -> ColumnPlan.asIs(column).withNote("compared by text form: " + way.noCast());
            case NONE -> ColumnPlan.notComparable(column, way.noCast());
        };
    }

    /**
     * The plans again, with each cast that fails for some value replaced by the column as it is. Costs one scan per
     * cast column, paid only after the fingerprint query failed on a cast.
     */
    List<ColumnPlan> withoutFailingCasts(TableShape table, List<ColumnPlan> plans) throws SQLException {
        List<ColumnPlan> checked = new ArrayList<>();
        for (ColumnPlan plan : plans) {
            String failure = plan.isCast() ? castFailure(table, plan) : null;
            checked.add(failure == null ? plan : ColumnPlan.asIs(table.column(plan.name())).withNote(
                    "cannot cast to " + plan.comparedAs() + " (" + failure + "); compared as " + plan.type()));
        }
        return checked;
    }

    private String castFailure(TableShape table, ColumnPlan cast) throws SQLException {
        SQLException failure = Sql.dataException(connection, () -> {
            try (Statement statement = Sql.statement(connection, Sql.SCAN_TIMEOUT_SECONDS)) {
                statement.executeQuery("SELECT count(" + cast.value() + ") FROM " + table.sqlName() + " AS t").close();
            }
        });
        return failure == null ? null : failure.getMessage().replaceFirst("^ERROR: ", "");
    }

    private String baseType(String castType) throws SQLException {
        String known = baseTypes.get(castType);
        if (known != null) {
            return known;
        }
        try (PreparedStatement statement = connection.prepareStatement(BASE_TYPE)) {
            statement.setQueryTimeout(Sql.SHORT_TIMEOUT_SECONDS);
            statement.setString(1, castType);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    throw new IllegalArgumentException("\"compare as\" type " + castType + " is not a known type");
                }
                baseTypes.put(castType, rs.getString(1));
                return rs.getString(1);
            }
        }
    }
}

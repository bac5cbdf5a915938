package io.github.migrationtest.internal.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * How values of a column whose type changed compare with the values of its earlier type, decided in the server before
 * any table is scanned: through a cast back to the earlier type when the server has one (a trial cast of a NULL,
 * which resolves the cast without reading a row), else by their text form when both types are enums or composite
 * types (whose text form is their labels or fields, e.g. an enum recreated under a new name), else not at all.
 */
final class TypeComparison {

    /** The way found, and for {@link Way#NONE} and {@link Way#TEXT_FORM} why there is no cast. */
    record Verdict(Way way, String noCast) {
    }

    enum Way { CAST, TEXT_FORM, NONE }

    /** enum, composite; a domain counts as its base type; NULL when the type does not exist (any more). */
    private static final String KIND = """
            SELECT coalesce(bt.typtype, t.typtype) FROM pg_type t
            LEFT JOIN pg_type bt ON bt.oid = t.typbasetype AND t.typtype = 'd'
            WHERE t.oid = to_regtype(?)""";

    private final Connection connection;
    private final Map<String, Verdict> known = new HashMap<>();

    TypeComparison(Connection connection) {
        this.connection = connection;
    }

    /** How a value of type {@code now} compares with one of type {@code earlier} (types as {@code format_type} writes them). */
    Verdict of(String now, String earlier) throws SQLException {
        String pair = now + " → " + earlier;
        Verdict verdict = known.get(pair);
        if (verdict == null) {
            verdict = decide(now, earlier);
            known.put(pair, verdict);
        }
        return verdict;
    }

    private Verdict decide(String now, String earlier) throws SQLException {
        SQLException noCast = Sql.anyException(connection, () -> {
            try (Statement s = Sql.statement(connection, Sql.SHORT_TIMEOUT_SECONDS)) {
                s.executeQuery("SELECT CAST(CAST(NULL AS " + now + ") AS " + earlier + ")").close();
            }
        });
        if (noCast == null) {
            return new Verdict(Way.CAST, null);
        }
        String why = noCast.getMessage().replaceFirst("^ERROR: ", "").replaceAll("\\s+Position: \\d+$", "");
        boolean labels = hasLabels(now) && (hasLabels(earlier) || !exists(earlier));
        return new Verdict(labels ? Way.TEXT_FORM : Way.NONE, why);
    }

    private boolean hasLabels(String type) throws SQLException {
        String kind = kind(type);
        return "e".equals(kind) || "c".equals(kind);
    }

    private boolean exists(String type) throws SQLException {
        return kind(type) != null;
    }

    private String kind(String type) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(KIND)) {
            statement.setQueryTimeout(Sql.SHORT_TIMEOUT_SECONDS);
            statement.setString(1, type);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}

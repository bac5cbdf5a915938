package io.github.migrationtest.internal.plans;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * Takes the plan of one critical query, in a transaction of its own that is rolled back, with the planner settings
 * set for that transaction only. Parameters {@code $n} are planned generically: {@code EXPLAIN (GENERIC_PLAN)} on
 * PostgreSQL 16 and later, on 15 a prepared statement explained with {@code plan_cache_mode = force_generic_plan}.
 */
public final class PlanCapture {

    static final String PREPARED = "migrationtest_plan";
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    private final int major;

    /** @param major the server's major version */
    public PlanCapture(int major) {
        this.major = major;
    }

    /**
     * A connection to {@code database} that sends statements as they are (the simple query protocol), so that the server
     * reads {@code $1} as a parameter of the explained query, not of the statement the driver prepares.
     */
    public static Connection open(DataSource database) throws SQLException {
        PGSimpleDataSource simple = database.unwrap(PGSimpleDataSource.class);
        simple.setPreferQueryMode(PreferQueryMode.SIMPLE);
        return simple.getConnection();
    }

    /** The plan as the server prints it in JSON; a query the server cannot plan throws its error. */
    public String explain(Connection c, Map<String, String> settings, String sql) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                set(s, setting.getKey(), setting.getValue());
            }
            int parameters = parameters(sql);
            if (parameters == 0) {
                return single(s, "EXPLAIN (FORMAT JSON, VERBOSE) " + sql);
            }
            if (major >= 16) {
                return single(s, "EXPLAIN (FORMAT JSON, VERBOSE, GENERIC_PLAN) " + sql);
            }
            return prepared(s, sql, parameters);
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
            if (major < 16 && parameters(sql) > 0) {
                try (Statement s = c.createStatement()) {
                    s.execute("DEALLOCATE ALL");
                }
            }
        }
    }

    /** PostgreSQL 15: the generic plan of a prepared statement, its parameters given as NULL (they are not looked at);
     * prepared statements outlive a rollback, so the caller deallocates it afterwards. */
    private static String prepared(Statement s, String sql, int parameters) throws SQLException {
        s.execute("SET LOCAL plan_cache_mode = force_generic_plan");
        s.execute("PREPARE " + PREPARED + " AS " + sql);
        return single(s, "EXPLAIN (FORMAT JSON, VERBOSE) EXECUTE " + PREPARED + "(" + "NULL, ".repeat(parameters - 1) + "NULL)");
    }

    private static void set(Statement s, String name, String value) throws SQLException {
        try {
            s.execute("SET LOCAL " + name + " = '" + value.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new SettingRefused(name, value, e);
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The highest {@code $n} outside string literals, quoted names and comments; 0 when there is none. */
    static int parameters(String sql) {
        Matcher m = PARAMETER.matcher(QUOTED.matcher(sql).replaceAll(" "));
        int highest = 0;
        while (m.find()) {
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        return highest;
    }

    /** A planner setting the server does not accept: the user's, since the pinned ones are valid on every supported version. */
    public static final class SettingRefused extends SQLException {
        private static final long serialVersionUID = 1L;

        SettingRefused(String name, String value, SQLException cause) {
            super(name + " = '" + value + "': " + cause.getMessage().lines().findFirst().orElse(""), cause.getSQLState(), cause);
        }
    }
}

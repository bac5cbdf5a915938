package io.github.migrationtest.internal.workload;

import io.github.migrationtest.spi.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Runs the statements of a SQL workload file, one per call, each thread going through them in file order, as prepared
 * statements in autocommit (so PgJDBC prepares them on the server like the release's own code); each parameter is a
 * value of an existing row picked at random from up to 1,000 read when the run starts. With every thread making
 * {@code after-calls} calls after the forward run, files of up to that many statements have each run on the new schema.
 */
final class SqlFileWorkload implements Workload {

    private static final int VALUES = 1_000;

    private final String file;
    private final List<NamedStatement> statements;
    private final Map<String, List<Object>> values;
    private final ThreadLocal<int[]> next = ThreadLocal.withInitial(() -> new int[1]);

    private SqlFileWorkload(String file, List<NamedStatement> statements, Map<String, List<Object>> values) {
        this.file = file;
        this.statements = statements;
        this.values = values;
    }

    static SqlFileWorkload of(String file, List<NamedStatement> statements, DataSource pool) throws SQLException {
        if (statements.isEmpty()) {
            throw new SQLException(file + " has no statement under a -- name: header");
        }
        Map<String, List<Object>> values = new HashMap<>();
        try (Connection c = pool.getConnection()) {
            for (NamedStatement s : statements) {
                for (String parameter : s.parameters()) {
                    if (!values.containsKey(parameter)) {
                        values.put(parameter, read(c, parameter, file, s));
                    }
                }
            }
        }
        return new SqlFileWorkload(file, statements, values);
    }

    private static List<Object> read(Connection c, String parameter, String file, NamedStatement s) throws SQLException {
        int dot = parameter.lastIndexOf('.');
        String column = parameter.substring(dot + 1);
        String table = parameter.substring(0, dot);
        List<Object> found = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + quote(column) + " FROM " + quoteQualified(table)
                + " WHERE " + quote(column) + " IS NOT NULL LIMIT " + VALUES); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getObject(1));
            }
        }
        if (found.isEmpty()) {
            throw new SQLException(file + " line " + s.line() + " (" + s.name() + "): :" + parameter + " has no value: "
                    + table + " has no row with a non-NULL " + column + "; seed the table (@Rows) or name another column");
        }
        return found;
    }

    @Override
    public void run(Connection connection) throws SQLException {
        int[] turn = next.get();
        NamedStatement s = statements.get(turn[0]++ % statements.size());
        {
            try (PreparedStatement p = connection.prepareStatement(s.jdbc())) {
                for (int i = 0; i < s.parameters().size(); i++) {
                    List<Object> candidates = values.get(s.parameters().get(i));
                    p.setObject(i + 1, candidates.get(ThreadLocalRandom.current().nextInt(candidates.size())));
                }
                if (p.execute()) {
                    try (ResultSet rs = p.getResultSet()) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new StatementFailure(FailedCall.oneLine(s.sql()), s.name() + " (" + file + ":" + s.line() + ")", e);
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String quoteQualified(String table) {
        return String.join(".", java.util.Arrays.stream(table.split("\\.")).map(SqlFileWorkload::quote).toList());
    }
}

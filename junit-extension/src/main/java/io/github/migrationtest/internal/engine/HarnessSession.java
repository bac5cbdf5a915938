package io.github.migrationtest.internal.engine;

import io.github.migrationtest.MigrationHarness;
import io.github.migrationtest.internal.flyway.FlywayRunner;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.ScriptFailure;
import io.github.migrationtest.internal.flyway.SqlSplitter;
import io.github.migrationtest.internal.flyway.SqlStatement;
import io.github.migrationtest.internal.flyway.UndoRunner;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** A {@link MigrationHarness} over a fresh copy of the seed point; {@link #close()} drops the copy. */
public final class HarnessSession implements MigrationHarness, AutoCloseable {

    private final String database;
    private final DataSource dataSource;
    private final FlywayRunner flyway;
    private final List<Migration> migrations;
    private final Closer closer;

    HarnessSession(String database, DataSource dataSource, FlywayRunner flyway, List<Migration> migrations, Closer closer) {
        this.database = database;
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.migrations = migrations;
        this.closer = closer;
    }

    @Override
    public MigrationHarness migrateTo(String version) {
        migration(version);
        ScriptFailure failure = flyway.migrateTo(version, "migrations up to V" + version);
        if (failure != null) {
            throw new IllegalStateException("migrateTo(\"" + version + "\") failed: " + failure.describe());
        }
        return this;
    }

    @Override
    public MigrationHarness undo(String version) {
        Migration migration = migration(version);
        String current = currentVersion();
        if (!version.equals(current)) {
            throw new IllegalStateException("undo(\"" + version + "\") needs V" + version + " to be the latest applied migration, but the database is at "
                    + (current.isEmpty() ? "no migration" : "V" + current) + ". Call migrateTo(\"" + version + "\") first.");
        }
        var script = migration.undo().orElseThrow(() -> new IllegalStateException("undo(\"" + version + "\"): " + migration.displayName()
                + " has no down script (U" + version + "__*.sql) in the undo locations."));
        try {
            ScriptFailure failure = new UndoRunner(dataSource, flyway.historyTable(), flyway.placeholders()).undo(migration, script);
            if (failure != null) {
                throw new IllegalStateException("undo(\"" + version + "\") failed: " + failure.describe());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("undo(\"" + version + "\") failed: " + e.getMessage(), e);
        }
        return this;
    }

    @Override
    public String currentVersion() {
        List<Object> versions = query("SELECT version FROM " + flyway.historyTable()
                + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1", true);
        return versions.isEmpty() ? "" : String.valueOf(versions.get(0));
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public MigrationHarness execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (SqlStatement statement : SqlSplitter.split(sql)) {
                s.execute(statement.sql());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("execute failed in " + database + ": " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")", e);
        }
        return this;
    }

    @Override
    public List<Object> queryForList(String sql) {
        return query(sql, false);
    }

    @Override
    public List<Map<String, Object>> queryForRows(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed in " + database + ": " + e.getMessage(), e);
        }
    }

    private List<Object> query(String sql, boolean emptyWhenNoTable) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Object> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getObject(1));
            }
            return values;
        } catch (SQLException e) {
            if (emptyWhenNoTable && "42P01".equals(e.getSQLState())) {
                return List.of();
            }
            throw new IllegalStateException("query failed in " + database + ": " + e.getMessage(), e);
        }
    }

    private Migration migration(String version) {
        return migrations.stream().filter(m -> m.versionText().equals(version)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no migration V" + version + "; versions are "
                        + migrations.stream().map(Migration::versionText).toList()));
    }

    @Override
    public void close() throws SQLException {
        closer.close();
    }

    @FunctionalInterface
    interface Closer {
        void close() throws SQLException;
    }
}

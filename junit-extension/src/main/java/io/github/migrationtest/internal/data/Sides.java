package io.github.migrationtest.internal.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The two databases a judgement compares: the later one, already open, and the earlier one, opened only when a finding
 * needs to look at it (rebuilding it may be expensive) and closed with this object.
 */
final class Sides implements AutoCloseable {

    private final Connection later;
    private final Supplier<DataSource> earlierSource;
    private Connection earlier;

    /** {@code earlierSource} may be {@code null}: then only the later database can be read. */
    Sides(Connection later, Supplier<DataSource> earlierSource) {
        this.later = later;
        this.earlierSource = earlierSource;
    }

    Connection later() {
        return later;
    }

    boolean hasEarlier() {
        return earlierSource != null;
    }

    Connection earlier() throws SQLException {
        if (earlier == null) {
            earlier = earlierSource.get().getConnection();
        }
        return earlier;
    }

    @Override
    public void close() throws SQLException {
        if (earlier != null) {
            earlier.close();
        }
    }
}

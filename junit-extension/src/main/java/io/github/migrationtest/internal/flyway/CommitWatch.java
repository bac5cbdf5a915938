package io.github.migrationtest.internal.flyway;

import java.sql.Connection;
import java.sql.SQLException;

/** Looks at a down script's connection right before each commit, while its transaction still holds its locks. */
public interface CommitWatch {

    CommitWatch NONE = new CommitWatch() {
        @Override
        public void beforeCommit(Connection connection) {
        }

        @Override
        public void ranUnwatched(SqlStatement statement) {
        }
    };

    void beforeCommit(Connection connection) throws SQLException;

    /** The statement ran in autocommit, where no transaction of the runner held its locks for a look. */
    void ranUnwatched(SqlStatement statement);
}

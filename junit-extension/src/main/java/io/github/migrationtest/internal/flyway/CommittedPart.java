package io.github.migrationtest.internal.flyway;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a failed down script had already committed: its own COMMIT, or every statement when it runs outside one transaction. */
final class CommittedPart {

    private CommittedPart() {
    }

    static boolean commits(SqlStatement statement) {
        String sql = SqlStatement.clean(statement.sql()).strip().toUpperCase(Locale.ROOT);
        return statement.isTransactionControl() && (sql.startsWith("COMMIT") || sql.startsWith("END"));
    }

    /** The sentence naming the committed lines before {@code failed}; empty when nothing was committed. */
    static Optional<String> before(SqlStatement failed, List<SqlStatement> statements, boolean inTransaction, SqlStatement lastCommit) {
        int first = statements.get(0).line();
        if (inTransaction) {
            return lastCommit == null ? Optional.empty() : Optional.of(sentence(first, lastCommit.line(),
                    "the script's own COMMIT on line " + lastCommit.line(), "make it one transaction (drop the COMMIT)"));
        }
        int index = statements.indexOf(failed);
        return index == 0 ? Optional.empty() : Optional.of(sentence(first, statements.get(index - 1).line(),
                "executeInTransaction=false: each statement commits on its own", "make each statement safe to run again (IF EXISTS)"));
    }

    private static String sentence(int from, int to, String why, String fix) {
        String lines = from == to ? "line " + from : "lines " + from + "–" + to;
        return "Already committed before the failure, and not undone by it: " + lines + " (" + why + ")."
                + " Run in production, this down script would stop half done: " + fix + ".";
    }
}

package io.github.migrationtest.internal.locks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A rule that looks at each traced statement on its own. */
abstract class StatementRule implements Rule {

    @Override
    public final List<LockFinding> check(RuleContext context) {
        List<LockFinding> findings = new ArrayList<>();
        for (TracedStatement statement : context.trace()) {
            check(context, statement).ifPresent(findings::add);
        }
        return findings;
    }

    abstract Optional<LockFinding> check(RuleContext context, TracedStatement statement);

    /** The first twelve words of the statement, up to its first parenthesis: what the message calls it. */
    static String subject(TracedStatement statement) {
        return SqlText.wordsBefore(statement.sql(), "\\(.*", 12);
    }
}

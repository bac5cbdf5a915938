package io.github.migrationtest.internal.locks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * In a transactional step, ACCESS EXCLUSIVE on a table with data is held until the commit: every statement after
 * the one that took it keeps reads and writes of that table waiting. When the later statements only change the
 * catalog (quick, no data statement, no rewrite) the finding is at most a warning: they add no measurable wait.
 */
final class StatementsAfterAccessExclusive implements Rule {

    static final String ID = "statements-after-access-exclusive";
    private static final Duration CATALOG_ONLY = Duration.ofMillis(20);
    private static final String DATA_STATEMENT = "(?is)^\\s*(WITH\\b.*)?\\b(INSERT|UPDATE|DELETE|MERGE|COPY)\\b.*";

    @Override
    public List<LockFinding> check(RuleContext context) {
        List<LockFinding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        List<TracedStatement> trace = context.trace();
        for (int i = 0; i < trace.size() - 1; i++) {
            TracedStatement statement = trace.get(i);
            if (!statement.transactional()) {
                continue;
            }
            List<TracedStatement> after = trace.subList(i + 1, trace.size());
            statement.locks().stream()
                    .filter(l -> l.table() && l.existedBefore() && l.rows() != 0)
                    .filter(l -> l.mode() == LockMode.ACCESS_EXCLUSIVE && reported.add(l.relation()))
                    .forEach(l -> findings.add(finding(context, statement, l, after)));
        }
        return findings;
    }

    private static boolean catalogOnly(TracedStatement statement) {
        return statement.duration().compareTo(CATALOG_ONLY) < 0 && statement.rewritten().isEmpty()
                && !SqlText.matches(statement.sql(), DATA_STATEMENT);
    }

    private static LockFinding finding(RuleContext context, TracedStatement statement, TracedLock lock,
                                       List<TracedStatement> after) {
        long laterMillis = after.stream().map(TracedStatement::duration).reduce(Duration.ZERO, Duration::plus)
                .toMillis();
        String text = StatementRule.subject(statement) + " takes ACCESS EXCLUSIVE on " + lock.relation() + " ("
                + RuleContext.size(lock.rows()) + ") and " + after.size() + " more statement"
                + (after.size() == 1 ? "" : "s") + " run in the same transaction (" + laterMillis
                + " ms on the rehearsal clone): reads and writes wait until the commit.";
        Severity severity = context.policy().severityFor(lock.rows());
        if (after.stream().allMatch(StatementsAfterAccessExclusive::catalogOnly) && severity == Severity.ERROR) {
            severity = Severity.WARNING;
        }
        return context.finding(ID, statement, lock, severity, text,
                "Move this statement to the end of the migration or into a migration of its own.",
                context.measuredBlocking(lock).orElse(null));
    }
}

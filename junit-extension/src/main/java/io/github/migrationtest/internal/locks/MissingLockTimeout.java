package io.github.migrationtest.internal.locks;

import java.util.List;
import java.util.Optional;

/**
 * A lock that blocks writes, taken on an existing table with no {@code SET lock_timeout} earlier in the migration:
 * behind one long transaction, the migration queues and every read and write of the table queues behind it.
 */
final class MissingLockTimeout implements Rule {

    static final String ID = "missing-lock-timeout";
    private static final String SETS_TIMEOUT = "^SET (LOCAL |SESSION )?lock_timeout\\s*(=|TO)\\s*'?(?!0+'?\\s*$)\\d";

    @Override
    public List<LockFinding> check(RuleContext context) {
        for (TracedStatement statement : context.trace()) {
            if (SqlText.matches(statement.sql(), SETS_TIMEOUT)) {
                return List.of();
            }
            Optional<TracedLock> dangerous = statement.locks().stream()
                    .filter(l -> l.table() && l.existedBefore() && l.mode().blocksWrites())
                    .findFirst();
            if (dangerous.isPresent()) {
                return List.of(finding(context, statement, dangerous.get()));
            }
        }
        return List.of();
    }

    private static LockFinding finding(RuleContext context, TracedStatement statement, TracedLock lock) {
        String text = StatementRule.subject(statement) + " takes " + lock.mode().sqlName() + " on " + lock.relation()
                + " (" + RuleContext.size(lock.rows()) + ") with no lock_timeout set earlier in the migration:"
                + " behind any long transaction on the table it waits, and " + lock.mode().blockedTraffic()
                + " queue behind it.";
        return context.finding(ID, statement, lock, context.policy().missingLockTimeoutSeverity(), text,
                "Start the migration with SET lock_timeout = '2s'; and retry the deploy if it gives up.", null);
    }
}

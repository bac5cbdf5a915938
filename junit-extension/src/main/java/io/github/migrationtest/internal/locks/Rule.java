package io.github.migrationtest.internal.locks;

import java.util.List;

/** One known-dangerous pattern; finds its occurrences in a traced migration. */
interface Rule {

    List<LockFinding> check(RuleContext context);
}

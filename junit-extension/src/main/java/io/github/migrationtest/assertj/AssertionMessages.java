package io.github.migrationtest.assertj;

import io.github.migrationtest.Check;
import io.github.migrationtest.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sentences of the assertions, in one shape: {@code Expecting <what, where> <to …> but <what happened>}, then the
 * detail on the lines below and the fix. Each names the step once; AssertJ's description ({@code as(…)}) goes in front
 * as {@code [description] } ({@link StepFailures}). docs/errors.md lists each of them.
 */
final class AssertionMessages {

    /** How the lock checks start a NOT_RUN verdict; "it was not checked" says it already. */
    private static final String NOT_CHECKED = "not checked: ";

    private AssertionMessages() {
    }

    /**
     * {@code Expecting V3 x to restore the schema (SCHEMA_RESTORED) but it did not:} and the
     * verdict, whose own mentions of the step become "it".
     */
    static String shouldPass(String step, Verdict verdict) {
        String expecting = "Expecting " + step + " to " + promise(verdict.check()) + " (" + verdict.check() + ") but ";
        String said = withoutStep(step, verdict.message());
        String why = said.startsWith(NOT_CHECKED) ? said.substring(NOT_CHECKED.length()) : said;
        return verdict.failed() ? expecting + "it did not:\n" + said
                : expecting + "it was not checked" + (why.isEmpty() ? "" : ": " + why);
    }

    /** What a check promises when it passes, as the rest of "Expecting V3 x to …". */
    static String promise(Check check) {
        return switch (check) {
            case FORWARD -> "run forward";
            case DOWN_SCRIPT -> "have a down script";
            case BACK -> "run its down script";
            case SCHEMA_RESTORED -> "restore the schema";
            case AGAIN -> "run forward again after its down script";
            case SCHEMA_REPRODUCED -> "reproduce its schema when it runs forward again";
            case DATA_PRESERVED -> "keep the data it does not drop or change on purpose";
            case DATA_RESTORED -> "restore the data";
            case DATA_REPRODUCED -> "reproduce its data when it runs forward again";
            case BLOCKING -> "block no read or write longer than allowed";
            case LOCK_RULES -> "break no lock rule on a table of production size";
            case PLANS -> "keep its query plans";
            case DECLARATIONS -> "declare only well-formed -- migrationtest: lines";
            case OLD_APPLICATION -> "keep the old application working";
        };
    }

    /** A verdict's lines without the step's name it starts them with: {@code V3 x: down script …} → {@code down script …}. */
    private static String withoutStep(String step, String message) {
        String name = Pattern.quote(step);
        return message.replaceAll("(?m)^" + name + ": ", "").replaceAll("(?m)^" + name + " ", "it ");
    }

    static String irreversibleWithDownScript(String step, String script) {
        return "Expecting " + step + " to be irreversible but it has a down script: " + script;
    }

    static String changesOthers(String step, List<String> expected, String changed) {
        return "Expecting " + step + " to change only " + expected + " but it changed:\n" + changed;
    }

    static String blockedTooLong(String step, Duration max, String blocked) {
        return "Expecting " + step + " to block no table longer than " + max.toMillis() + " ms but it blocked:\n" + blocked;
    }

    static String rewrote(String step, String where) {
        return "Expecting " + step + " to rewrite no table but it rewrote:\n" + where
                + "\n  A rewrite copies the whole table while reads and writes wait; see the lock rules for the safe recipe.";
    }

    static String breaksLockRules(String step, int count, String breaches) {
        return "Expecting " + step + " to break no lock rule but it breaks " + count + ":\n" + breaches;
    }

    static String noOldApplication(String step, String expecting) {
        return "Expecting " + step + " " + expecting + " but no old application ran: declare @OldApplication(workload = …)"
                + " on the test class.";
    }

    static String latencyOver(String step, String application, Duration limit, String measured) {
        return "Expecting " + step + " to keep the " + application + "'s p99 latency under " + limit.toMillis()
                + " ms but it was " + measured;
    }

    static String noCriticalQuery(String step, String why) {
        return "Expecting " + step + " to keep its query plans but " + why + ", so there is nothing to judge.";
    }

    /** An assertion that needs a check {@code migrationtest.checks.off} skips. */
    static String notMeasured(String step, String expecting, List<Check> checks) {
        return "Expecting " + step + " " + expecting + " but nothing was measured for it: "
                + checks.stream().map(Check::name).collect(Collectors.joining(" and "))
                + (checks.size() == 1 ? " is" : " are") + " skipped (migrationtest.checks.off). Take "
                + (checks.size() == 1 ? "it" : "one of them") + " out of migrationtest.checks.off for this run.";
    }

    /** {@code Expecting V3 x to lose data only in [customers.email] but …}: a declared loss that does not hold. */
    static String declaredLoss(String step, String expecting, List<String> declared, String but) {
        return "Expecting " + step + " " + expecting + " " + declared + " but " + but;
    }

    /** The start of every {@code isDerivedFrom} failure: {@code Expecting customers.name to equal … in every row after V4 x}. */
    static String derived(String column, String expression, String step) {
        return "Expecting " + column + " to equal " + expression + " in every row after " + step;
    }

    static String notQueryable(String expecting) {
        return expecting + " but the database is not in that state (the forward run failed, or the down script ran and"
                + " forward again failed), so it cannot be queried";
    }

    static String comparisonFailed(String expecting, String why) {
        return expecting + " but the comparison failed: " + why;
    }

    static String differs(String expecting, long differing, long rows, String examples) {
        return expecting + " but it differs in " + number(differing) + " of " + number(rows) + (rows == 1 ? " row" : " rows")
                + " (column ≠ expression); e.g. " + examples;
    }

    /** The start of every plan assertion failure: {@code Expecting query "orders of a customer" of V7 x}. */
    static String query(String query, String step) {
        return "Expecting query \"" + query + "\" of " + step;
    }

    static String noSuchQuery(String step, String name, String why) {
        return "Expecting " + step + " to have a critical query named \"" + name + "\" but " + why;
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}

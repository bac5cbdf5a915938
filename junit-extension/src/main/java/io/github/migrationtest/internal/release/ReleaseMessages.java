package io.github.migrationtest.internal.release;

import io.github.migrationtest.DataChange;
import io.github.migrationtest.SchemaDifference;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.ScriptFailure;
import io.github.migrationtest.internal.schema.DifferenceText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sentences of the release checks; docs/errors.md lists each of them with its fix. */
final class ReleaseMessages {

    private ReleaseMessages() {
    }

    static String forwardFailed(Release r, Migration m, ScriptFailure failure) {
        List<Migration> before = r.migrations().subList(0, r.migrations().indexOf(m));
        return r.displayName() + ": forward failed at " + m.displayName() + ": " + failure.describe() + "\n  The deploy stopped there"
                + (before.isEmpty() ? "" : ", after " + names(before)) + "; fix " + m.displayName() + " first (its own step says more).";
    }

    static String noDownScripts(Release r, List<Migration> missing, boolean required, List<String> undoLocations) {
        if (!required) {
            return r.displayName() + " is irreversible: no " + missing.stream().map(ReleaseMessages::expected).collect(Collectors.joining(", "))
                    + " (requireUndo is off), so back and again were skipped.";
        }
        String which = missing.size() == 1
                ? missing.get(0).displayName() + " has no down script: expected " + expected(missing.get(0))
                : missing.size() + " migrations have no down script: " + missing.stream()
                        .map(m -> m.displayName() + " (expected " + expected(m) + ")").collect(Collectors.joining(", "));
        return r.displayName() + " cannot be rolled back: " + which + " in " + String.join(", ", undoLocations) + ". Write "
                + (missing.size() == 1 ? "one that reverts V" + missing.get(0).versionText() : "one for each")
                + ", or set @MigrationTest(requireUndo = FALSE) to accept irreversible migrations.";
    }

    static String downScriptFailed(Release r, Migration m, ScriptFailure failure, List<Migration> undoneBefore, Optional<String> committed) {
        String script = m.undo().orElseThrow().fileName();
        String context = undoneBefore.isEmpty()
                ? "It is the first down script of the release to run; its own step says more."
                : "The down scripts run in reverse order, each on what the later ones left: " + scripts(undoneBefore) + " ran before it."
                        + " If V" + m.versionText() + "'s own step passes, " + (undoneBefore.size() == 1 ? "that script leaves" : "these scripts leave")
                        + " the database different from what " + names(undoneBefore) + " found, in a way " + script
                        + " depends on (column order, a dependent object, data): make " + (undoneBefore.size() == 1 ? "it" : "them")
                        + " restore exactly what " + (undoneBefore.size() == 1 ? "its migration" : "their migrations") + " found, or make "
                        + script + " independent of it.";
        return r.displayName() + ": rolling back failed at " + m.displayName() + ": down script failed: " + failure.describe()
                + committed.map(c -> "\n  " + c).orElse("") + "\n  " + context;
    }

    static String schemaNotRestored(Release r, List<SchemaDifference> differences) {
        return differences.isEmpty() ? "" : r.displayName() + ": its down scripts do not restore the schema (" + count(differences)
                + ", before the release → after " + scripts(reversed(r.migrations())) + "):\n" + lines(differences);
    }

    static String againFailed(Release r, Migration m, ScriptFailure failure) {
        return r.displayName() + ": forward again after rolling back failed at " + m.displayName() + ": " + failure.describe() + "\n"
                + "  The down scripts left behind something that " + m.displayName()
                + " creates (a table, a column, data); make them remove everything the release adds.";
    }

    static String schemaNotReproduced(Release r, List<SchemaDifference> differences) {
        return differences.isEmpty() ? "" : r.displayName() + ": forward again does not reproduce the schema of the first forward run ("
                + count(differences) + ", first → second run):\n" + lines(differences);
    }

    static String dataChanges(Release r, List<DataChange> changes) {
        return changes.stream().map(c -> r.displayName() + ": " + c.message()).collect(Collectors.joining("\n"));
    }

    static String expected(Migration m) {
        return "U" + m.versionText() + "__" + m.description().replace(' ', '_') + ".sql";
    }

    static List<Migration> reversed(List<Migration> migrations) {
        List<Migration> reversed = new java.util.ArrayList<>(migrations);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static String names(List<Migration> migrations) {
        return migrations.stream().map(Migration::displayName).collect(Collectors.joining(", "));
    }

    private static String scripts(List<Migration> migrations) {
        return migrations.stream().map(m -> m.undo().map(u -> u.fileName()).orElse(expected(m))).collect(Collectors.joining(", "));
    }

    private static String count(List<?> differences) {
        return differences.size() == 1 ? "1 difference" : differences.size() + " differences";
    }

    private static String lines(List<SchemaDifference> differences) {
        return differences.stream().map(d -> "  " + DifferenceText.of(d)).collect(Collectors.joining("\n"));
    }
}

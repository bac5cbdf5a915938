package io.github.migrationtest.internal.engine;

import io.github.migrationtest.SchemaDifference;
import io.github.migrationtest.internal.schema.DifferenceText;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.ScriptFailure;
import java.util.List;
import java.util.stream.Collectors;

/** The sentences of the lifecycle's own checks (forward, down script, back, again, schema); docs/errors.md lists each of them with its fix. */
public final class Messages {

    private Messages() {
    }

    static String forwardFailed(Migration m, ScriptFailure failure, List<SchemaDifference> leftBehind) {
        return m.displayName() + ": forward migration failed: " + failure.describe() + "\n"
                + (leftBehind.isEmpty()
                        ? "  It left nothing behind (its transaction was rolled back)."
                        : "  It left behind (fix or drop by hand before retrying in production):\n" + lines(leftBehind));
    }

    static String noDownScript(Migration m, boolean required, List<String> undoLocations) {
        String expected = "U" + m.versionText() + "__" + m.description().replace(' ', '_') + ".sql";
        return required
                ? m.displayName() + " has no down script: expected " + expected + " in " + String.join(", ", undoLocations) + "."
                        + " Write one that reverts V" + m.versionText()
                        + ", or set @MigrationTest(requireUndo = FALSE) to accept irreversible migrations."
                : m.displayName() + " is irreversible: no " + expected + " (requireUndo is off), so back and again were skipped.";
    }

    static String downScriptFailed(Migration m, ScriptFailure failure) {
        return m.displayName() + ": down script failed: " + failure.describe();
    }

    static String schemaNotRestored(Migration m, List<SchemaDifference> differences) {
        return differences.isEmpty() ? "" : m.displayName() + ": down script " + m.undo().orElseThrow()
                + " does not restore the schema (" + count(differences) + ", before V" + m.versionText()
                + " → after its down script):\n" + lines(differences);
    }

    static String againFailed(Migration m, ScriptFailure failure) {
        return m.displayName() + ": forward again after the down script failed: " + failure.describe() + "\n"
                + "  The down script left behind something that V" + m.versionText()
                + " creates (a table, a column, data); make the down script remove everything V" + m.versionText() + " adds.";
    }

    static String schemaNotReproduced(Migration m, List<SchemaDifference> differences) {
        return differences.isEmpty() ? "" : m.displayName() + ": forward again does not reproduce the schema of the first forward run ("
                + count(differences) + ", first → second run):\n" + lines(differences);
    }

    static String count(List<?> differences) {
        return differences.size() == 1 ? "1 difference" : differences.size() + " differences";
    }

    static String lines(List<SchemaDifference> differences) {
        return differences.stream().map(d -> "  " + DifferenceText.of(d)).collect(Collectors.joining("\n"));
    }
}

package io.github.migrationtest.internal.engine;

import io.github.migrationtest.DataChange;
import io.github.migrationtest.internal.flyway.Declaration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The sentences about the forward script's declarations; docs/errors.md lists each of them with its fix. */
final class DeclarationMessages {

    private DeclarationMessages() {
    }

    /** {@code V2 …: <script> line 1: "-- migrationtest: …" is not a declaration: <why>.} then the allowed forms. */
    static String malformed(String step, List<String> problems) {
        return problems.stream().map(p -> step + ": " + p + ".").collect(Collectors.joining("\n"))
                + "\n  Write one of:\n" + Arrays.stream(Declaration.Form.values()).map(f -> "    " + f.template())
                .collect(Collectors.joining("\n"));
    }

    /** A {@code loses-data} declaration that does not match what the forward run lost. */
    static String lossNotAsDeclared(String step, List<Declaration> declared, List<DataChange> undeclared, List<String> stale) {
        List<String> problems = new ArrayList<>();
        if (!undeclared.isEmpty()) {
            problems.add("it also loses or changes data elsewhere:\n"
                    + undeclared.stream().map(c -> "  " + c.message()).collect(Collectors.joining("\n")));
        }
        if (!stale.isEmpty()) {
            problems.add("it keeps all data in " + String.join(", ", stale) + "; remove "
                    + (stale.size() == 1 ? "that place" : "those places") + " from the declaration");
        }
        return step + ": " + declared.stream().map(d -> d.where() + " declares " + d.summary()).collect(Collectors.joining(" and "))
                + ", but " + String.join("\nand ", problems);
    }
}

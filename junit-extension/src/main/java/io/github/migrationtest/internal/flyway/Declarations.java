package io.github.migrationtest.internal.flyway;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The declarations of one forward script and the lines that look like declarations but are not.
 *
 * @param declarations the well-formed ones, in script order
 * @param problems     one sentence per malformed or unknown one, naming script, line and text
 */
public record Declarations(List<Declaration> declarations, List<String> problems) {

    public static final Declarations NONE = new Declarations(List.of(), List.of());

    public Declarations {
        declarations = List.copyOf(declarations);
        problems = List.copyOf(problems);
    }

    public List<Declaration> of(Declaration.Form form) {
        return declarations.stream().filter(d -> d.form() == form).toList();
    }

    /** The limit of the last {@code max-blocked} declaration, if there is one. */
    public Optional<Duration> maxBlocked() {
        return of(Declaration.Form.MAX_BLOCKED).stream().reduce((a, b) -> b)
                .map(d -> DeclarationParser.duration(d.values().get(0)).orElseThrow());
    }
}

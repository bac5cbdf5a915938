package io.github.migrationtest.internal.flyway;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code -- migrationtest: <form> <values> (<reason>)} comments of a forward script. A comment that begins
 * with {@code migrationtest} but does not parse, or names an unknown form, lock rule or place, becomes a problem.
 */
public final class DeclarationParser {

    private static final Pattern PREFIX = Pattern.compile("(?i)--\\s*migrationtest\\b\\s*(:?)\\s*(.*)");
    private static final Pattern PLACE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*){0,2}");
    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m)");

    private DeclarationParser() {
    }

    /** @param lockRules the ids an {@code allow} may name */
    public static Declarations parse(ScriptResource script, Set<String> lockRules) {
        List<Declaration> declarations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = script.read().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].strip();
            Matcher m = PREFIX.matcher(text);
            if (!m.matches()) {
                continue;
            }
            String where = script + " line " + (i + 1) + ": \"" + text + "\" is not a declaration: ";
            ParsedLine parsed = m.group(1).isEmpty() ? ParsedLine.failed("the colon after migrationtest is missing")
                    : ParsedLine.of(script.toString(), i + 1, m.group(2), lockRules);
            if (parsed.problem().isEmpty()) {
                declarations.add(parsed.declaration());
            } else {
                problems.add(where + parsed.problem());
            }
        }
        return new Declarations(declarations, problems);
    }

    /**
     * The declarations written in a down script, each a problem: they are read from the forward script only, and a
     * declaration that is silently ignored would be a silent pass.
     */
    public static List<String> misplaced(ScriptResource undo, ScriptResource forward) {
        List<String> problems = new ArrayList<>();
        String[] lines = undo.read().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].strip();
            if (PREFIX.matcher(text).matches()) {
                problems.add(undo + " line " + (i + 1) + ": \"" + text + "\" is not read: declarations belong in the forward"
                        + " script; move it to " + forward.fileName());
            }
        }
        return problems;
    }

    /** {@code 500ms}, {@code 2s}, {@code 1m} or ISO-8601 {@code PT0.5S}. */
    static Optional<Duration> duration(String text) {
        Matcher m = SIMPLE_DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            });
        }
        try {
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** One declaration's text after {@code migrationtest:}, parsed: either a declaration or why it is none. */
    private record ParsedLine(Declaration declaration, String problem) {

        static ParsedLine of(String script, int line, String body, Set<String> lockRules) {
            int open = body.indexOf('(');
            String keyword = body.split("[\\s(]", 2)[0];
            Optional<Declaration.Form> form = Arrays.stream(Declaration.Form.values()).filter(f -> f.keyword().equals(keyword)).findFirst();
            if (form.isEmpty()) {
                return failed(keyword.isEmpty() ? "it names no form" : "\"" + keyword + "\" is not one of the forms");
            }
            if (form.get() == Declaration.Form.POST_DEPLOY && (open < 0 ? body : body.substring(0, open)).strip().equals(keyword)
                    && (open < 0 || body.endsWith(")"))) {
                String reason = open < 0 ? "" : body.substring(open + 1, body.length() - 1).strip();
                return new ParsedLine(new Declaration(script, line, form.get(), List.of(), reason), "");
            }
            if (form.get() == Declaration.Form.POST_DEPLOY) {
                return failed("post-deploy takes no value, only an optional reason in parentheses");
            }
            if (open < 0 || !body.endsWith(")") || body.substring(open + 1, body.length() - 1).isBlank()) {
                return failed("the reason in parentheses is missing; a reviewer must be able to judge why");
            }
            String reason = body.substring(open + 1, body.length() - 1).strip();
            List<String> values = Arrays.stream(body.substring(keyword.length(), open).split(","))
                    .map(String::strip).filter(v -> !v.isEmpty()).toList();
            String problem = check(form.get(), values, lockRules);
            return problem.isEmpty() ? new ParsedLine(new Declaration(script, line, form.get(), values, reason), "") : failed(problem);
        }

        private static String check(Declaration.Form form, List<String> values, Set<String> lockRules) {
            if (values.isEmpty()) {
                return form.keyword() + " needs " + (form == Declaration.Form.LOSES_DATA ? "the table or table.column that loses data"
                        : form == Declaration.Form.ALLOW ? "the lock rule it allows"
                        : form == Declaration.Form.ALLOW_PLAN_CHANGE ? "the name of the critical query whose plan may change"
                        : form == Declaration.Form.ALLOW_OLD_APPLICATION_ERROR ? "the SQLSTATE it allows" : "a duration");
            }
            return switch (form) {
                case LOSES_DATA -> values.stream().filter(v -> !PLACE.matcher(v).matches()).findFirst()
                        .map(v -> "\"" + v + "\" is not a table or table.column").orElse("");
                case ALLOW -> values.size() > 1 ? "allow names one lock rule; write one declaration per rule"
                        : lockRules.contains(values.get(0)) ? "" : "\"" + values.get(0) + "\" is not a lock rule (the rules: "
                        + String.join(", ", lockRules.stream().sorted().toList()) + ")";
                case ALLOW_PLAN_CHANGE -> values.size() > 1
                        ? "allow-plan-change names one critical query; write one declaration per query" : "";
                case MAX_BLOCKED -> values.size() == 1 && duration(values.get(0)).isPresent() ? ""
                        : "\"" + String.join(", ", values) + "\" is not a duration such as 500ms, 2s or PT0.5S";
                case ALLOW_OLD_APPLICATION_ERROR -> values.size() == 1 && values.get(0).matches("[0-9A-Z]{5}") ? ""
                        : "\"" + String.join(", ", values) + "\" is not one SQLSTATE such as 42703";
                case POST_DEPLOY -> "";
            };
        }

        private static ParsedLine failed(String problem) {
            return new ParsedLine(null, problem);
        }
    }
}

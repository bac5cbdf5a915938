package io.github.migrationtest.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string literals a message is built from, read from the source: every literal of a message factory, or the
 * literals in the message argument of a call such as {@code new ConfigurationProblem(setting, message)}. Each
 * literal is one fixed piece of a message template; what is concatenated between them is a placeholder.
 */
final class MessageLiterals {

    /** One fixed piece of a message, where it is written, whitespace collapsed. */
    record Piece(String where, String text) {
    }

    /** A literal followed by {@code +} and another literal: one piece. */
    private static final Pattern JOINED = Pattern.compile("\\s*\\+\\s*\"");
    /** A literal compared with, not written: {@code type.equals("bigint")}. */
    private static final Pattern COMPARED = Pattern.compile("\\.(?:equals|startsWith|endsWith|contains)\\(\\s*$");

    private MessageLiterals() {
    }

    /** Every literal of the file outside comments. */
    static List<Piece> all(Path file) {
        String source = read(file);
        return literals(file, source, 0, source.length());
    }

    /** The literals inside each call that {@code call} finds (it ends at the call's opening parenthesis), after the first argument when {@code skipFirst}. */
    static List<Piece> inCalls(Path file, Pattern call, boolean skipFirst) {
        String source = read(file);
        List<Piece> pieces = new ArrayList<>();
        Matcher m = call.matcher(source);
        while (m.find()) {
            int end = closing(source, m.end());
            int start = skipFirst ? firstComma(source, m.end(), end) : m.end();
            pieces.addAll(literals(file, source, start, end));
        }
        return pieces;
    }

    private static List<Piece> literals(Path file, String source, int from, int to) {
        List<Piece> pieces = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i) + 2;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'');
            } else if (c == '"') {
                int start = i;
                StringBuilder text = new StringBuilder();
                Matcher next = JOINED.matcher(source);
                int end = skipQuoted(source, i, '"');
                text.append(unescape(source.substring(i + 1, end - 1)));
                while (next.region(end, to).lookingAt()) {
                    int open = next.end() - 1;
                    end = skipQuoted(source, open, '"');
                    text.append(unescape(source.substring(open + 1, end - 1)));
                }
                i = end;
                if (!COMPARED.matcher(source.substring(Math.max(from, start - 20), start)).find()) {
                    pieces.add(new Piece(file.getFileName() + ":" + line(source, start), text.toString().replaceAll("\\s+", " ").strip()));
                }
            } else {
                i++;
            }
        }
        return pieces;
    }

    /** The index just after the closing quote of the literal opening at {@code i}. */
    private static int skipQuoted(String source, int i, char quote) {
        int j = i + 1;
        while (source.charAt(j) != quote) {
            j += source.charAt(j) == '\\' ? 2 : 1;
        }
        return j + 1;
    }

    private static int closing(String source, int open) {
        int depth = 1;
        int i = open;
        while (depth > 0) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(source, i, c);
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            i++;
        }
        return i - 1;
    }

    private static int firstComma(String source, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(source, i, c) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i + 1;
            }
        }
        return from;
    }

    private static String unescape(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = literal.charAt(++i);
            if (next == 'u') {
                out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(next == 'n' || next == 't' ? ' ' : next);
            }
        }
        return out.toString();
    }

    private static int line(String source, int index) {
        return (int) source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.migrationtest.internal.flyway;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PostgreSQL script into statements: semicolons end statements except inside quotes,
 * quoted identifiers, dollar-quoted bodies and comments. Each statement keeps the line it starts on.
 */
public final class SqlSplitter {

    private final String text;
    private final List<SqlStatement> statements = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int pos;
    private int line = 1;
    private int startLine = -1;

    private SqlSplitter(String text) {
        this.text = text;
    }

    public static List<SqlStatement> split(String script) {
        SqlSplitter splitter = new SqlSplitter(script);
        splitter.run();
        return List.copyOf(splitter.statements);
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ';') {
                finishStatement();
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == '\'' || c == '"') {
                copyQuoted(c);
            } else if (c == '$' && dollarTagAt(pos) != null) {
                copyDollarQuoted(dollarTagAt(pos));
            } else {
                copy(1);
            }
        }
        finishStatement();
    }

    private char peek(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void copy(int count) {
        for (int i = 0; i < count && pos < text.length(); i++) {
            char c = text.charAt(pos++);
            if (startLine < 0 && !Character.isWhitespace(c)) {
                startLine = line;
            }
            if (c == '\n') {
                line++;
            }
            current.append(c);
        }
    }

    private void skipLineComment() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void skipBlockComment() {
        int depth = 0;
        do {
            if (text.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (text.startsWith("*/", pos)) {
                depth--;
                pos += 2;
            } else {
                if (text.charAt(pos) == '\n') {
                    line++;
                    current.append('\n');
                }
                pos++;
            }
        } while (depth > 0 && pos < text.length());
    }

    /** Copies a '…' string or "…" identifier; a doubled quote inside is part of it, E'…' backslashes too. */
    private void copyQuoted(char quote) {
        boolean backslashEscapes = quote == '\'' && pos > 0 && (text.charAt(pos - 1) == 'E' || text.charAt(pos - 1) == 'e');
        copy(1);
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (backslashEscapes && c == '\\') {
                copy(2);
            } else if (c == quote && peek(1) == quote) {
                copy(2);
            } else if (c == quote) {
                copy(1);
                return;
            } else {
                copy(1);
            }
        }
    }

    private void copyDollarQuoted(String tag) {
        copy(tag.length());
        int end = text.indexOf(tag, pos);
        copy(end < 0 ? text.length() - pos : end - pos + tag.length());
    }

    /** The dollar-quote tag ($$ or $name$) starting at the given position, or null. */
    private String dollarTagAt(int at) {
        if (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '_')) {
            return null;
        }
        int end = at + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '$' && (end == at + 1 || !Character.isDigit(text.charAt(at + 1)))) {
            return text.substring(at, end + 1);
        }
        return null;
    }

    private void finishStatement() {
        String sql = current.toString().strip();
        if (!sql.isEmpty()) {
            statements.add(new SqlStatement(startLine, sql));
        }
        current.setLength(0);
        startLine = -1;
    }
}

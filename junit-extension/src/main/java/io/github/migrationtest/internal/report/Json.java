package io.github.migrationtest.internal.report;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A minimal JSON writer for maps, lists, strings, numbers, booleans and null. */
final class Json {

    private Json() {
    }

    /** An object of the given keys and values, in that order; values may be null: {@code object("table", t, "rows", 3)}. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            writeEntries(map.entrySet().iterator(), out, indent, '{', '}');
        } else if (value instanceof List<?> list) {
            writeEntries(list.iterator(), out, indent, '[', ']');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            quote(value.toString(), out);
        }
    }

    private static void writeEntries(Iterator<?> items, StringBuilder out, String indent, char open, char close) {
        out.append(open);
        String inner = indent + "  ";
        boolean first = true;
        while (items.hasNext()) {
            out.append(first ? "\n" : ",\n").append(inner);
            Object item = items.next();
            if (item instanceof Map.Entry<?, ?> e) {
                quote(e.getKey().toString(), out);
                out.append(": ");
                write(e.getValue(), out, inner);
            } else {
                write(item, out, inner);
            }
            first = false;
        }
        out.append(first ? "" : "\n" + indent).append(close);
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

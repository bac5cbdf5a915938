package io.github.migrationtest.internal.locks;

import java.util.Locale;

/** Table names as users write them ({@code orders}, {@code public.orders}) versus as the catalog says them. */
final class Tables {

    private Tables() {
    }

    /** True when both names denote the same table, allowing one of them to omit the schema. */
    static boolean sameTable(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        return x.equals(y) || x.endsWith("." + y) || y.endsWith("." + x);
    }

    /** Lower-cases unquoted names and strips quotes: {@code "Public".Orders} becomes {@code Public.orders}. */
    static String normalize(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.strip().split("\\.")) {
            if (out.length() > 0) {
                out.append('.');
            }
            boolean quoted = part.length() > 1 && part.startsWith("\"") && part.endsWith("\"");
            out.append(quoted ? part.substring(1, part.length() - 1) : part.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** Quotes each part of a catalog name for use in SQL: {@code public.orders} becomes {@code "public"."orders"}. */
    static String quote(String catalogName) {
        StringBuilder out = new StringBuilder();
        for (String part : catalogName.split("\\.")) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append('"').append(part.replace("\"", "\"\"")).append('"');
        }
        return out.toString();
    }
}

package io.github.migrationtest.internal.report;

import java.util.List;
import java.util.Map;

/**
 * Typed reads of the report's JSON tree (maps, lists, strings, numbers, booleans), so that the HTML and markdown
 * renderers read exactly what {@code report.json} holds and nothing else.
 */
record Tree(Map<String, Object> map) {

    String str(String key) {
        Object v = map.get(key);
        return v == null ? "" : v.toString();
    }

    long num(String key) {
        Object v = map.get(key);
        return v instanceof Number n ? n.longValue() : 0;
    }

    boolean has(String key) {
        Object v = map.get(key);
        return v != null && !(v instanceof List<?> l && l.isEmpty()) && !"".equals(v);
    }

    boolean bool(String key) {
        return Boolean.TRUE.equals(map.get(key));
    }

    @SuppressWarnings("unchecked")
    Tree node(String key) {
        Object v = map.get(key);
        return new Tree(v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
    }

    @SuppressWarnings("unchecked")
    List<Tree> list(String key) {
        Object v = map.get(key);
        return v instanceof List<?> l ? l.stream().filter(Map.class::isInstance).map(m -> new Tree((Map<String, Object>) m)).toList()
                : List.of();
    }

    @SuppressWarnings("unchecked")
    List<String> strings(String key) {
        Object v = map.get(key);
        return v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}

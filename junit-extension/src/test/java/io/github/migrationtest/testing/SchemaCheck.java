package io.github.migrationtest.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed JSON value against the part of JSON Schema the report's schema uses: {@code type} (one or a list),
 * {@code properties} with {@code additionalProperties: false} meaning no other key, {@code required}, {@code items},
 * {@code enum}, {@code const}. Returns every problem with its path; empty when the value conforms.
 */
public final class SchemaCheck {

    private SchemaCheck() {
    }

    public static List<String> problems(Object value, Map<String, Object> schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", problems);
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static void check(Object value, Map<String, Object> schema, String path, List<String> problems) {
        Object type = schema.get("type");
        if (type != null && !(type instanceof List<?> types ? types.stream().anyMatch(t -> is(value, (String) t)) : is(value, (String) type))) {
            problems.add(path + ": expected " + type + " but was " + (value == null ? "null" : value.getClass().getSimpleName()));
            return;
        }
        if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(value)) {
            problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.containsKey("const") && !schema.get("const").equals(value)) {
            problems.add(path + ": expected " + schema.get("const") + " but was " + value);
        }
        if (value instanceof Map<?, ?> map && schema.get("properties") instanceof Map<?, ?> properties) {
            for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
                if (!map.containsKey(required)) {
                    problems.add(path + ": missing " + required);
                }
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object property = properties.get(e.getKey());
                if (property == null) {
                    if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
                        problems.add(path + ": " + e.getKey() + " is not in the schema");
                    }
                } else {
                    check(e.getValue(), (Map<String, Object>) property, path + "." + e.getKey(), problems);
                }
            }
        }
        if (value instanceof List<?> list && schema.get("items") instanceof Map<?, ?> items) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), (Map<String, Object>) items, path + "[" + i + "]", problems);
            }
        }
    }

    private static boolean is(Object value, String type) {
        return switch (type) {
            case "null" -> value == null;
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Long;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            default -> false;
        };
    }
}

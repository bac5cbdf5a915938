package io.github.migrationtest.internal.schema;

import io.github.migrationtest.SchemaDifference;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Compares two snapshots object by object. An object that exists on one side only is reported once: its
 * columns, constraints, indexes, comments and so on are not reported again. Definitions that differ only in the times
 * PostgreSQL froze into them when they were created ({@link FrozenTimes}) are equal.
 */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    /** The differences from {@code before} to {@code after}, ordered by kind and then by name; empty when equal. */
    public static List<SchemaDifference> between(SchemaSnapshot before, SchemaSnapshot after) {
        SortedMap<ObjectKey, SchemaObject> was = before.objects();
        SortedMap<ObjectKey, SchemaObject> is = after.objects();
        TreeSet<ObjectKey> keys = new TreeSet<>(was.keySet());
        keys.addAll(is.keySet());
        List<SchemaDifference> differences = new ArrayList<>();
        LocalDateTime time = LocalDateTime.now(ZoneOffset.UTC);
        for (ObjectKey key : keys) {
            SchemaObject old = was.get(key);
            SchemaObject now = is.get(key);
            if (old != null && now != null && !old.definition().equals(now.definition())
                    && !FrozenTimes.sameButForFrozenTimes(old.definition(), now.definition(), time)) {
                differences.add(difference(key, old.definition(), now.definition()));
            } else if (old == null && !ownerAppearedToo(now, was, is)) {
                differences.add(difference(key, SchemaDifference.ABSENT, whole(now, is)));
            } else if (now == null && !ownerAppearedToo(old, is, was)) {
                differences.add(difference(key, whole(old, was), SchemaDifference.ABSENT));
            }
        }
        return List.copyOf(differences);
    }

    private static SchemaDifference difference(ObjectKey key, String before, String after) {
        return new SchemaDifference(key.kind().label(), key.name(), before, after);
    }

    /** True when {@code object}'s owner is missing on the side where the object is missing, so it is reported. */
    private static boolean ownerAppearedToo(SchemaObject object, Map<ObjectKey, SchemaObject> without,
            Map<ObjectKey, SchemaObject> with) {
        ObjectKey owner = object.owner();
        return owner != null && with.containsKey(owner) && !without.containsKey(owner);
    }

    /** The definition, and for a table the summary of its columns, e.g. {@code TABLE (id bigint NOT NULL)}. */
    private static String whole(SchemaObject object, SortedMap<ObjectKey, SchemaObject> side) {
        if (object.key().kind() != SchemaObjectKind.TABLE) {
            return object.definition();
        }
        String prefix = object.key().name() + ".";
        String columns = side.values().stream()
                .filter(child -> child.key().kind() == SchemaObjectKind.COLUMN
                        && Objects.equals(child.owner(), object.key()))
                .map(column -> column.key().name().substring(prefix.length()) + " " + column.definition())
                .collect(Collectors.joining(", "));
        return object.definition().replaceFirst("TABLE", Matcher.quoteReplacement("TABLE (" + columns + ")"));
    }
}

package io.github.migrationtest.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The schema of one database as canonical definitions, free of OIDs, column order and data, so that
 * two equal schemas give equal snapshots. Immutable.
 */
public final class SchemaSnapshot {

    /** Every reader's queries, in reader order (a later object with the same key replaces an earlier one). */
    static final List<CatalogQuery> QUERIES = Stream.of(new SchemaAndExtensionReader(),
            new RelationReader(), new ColumnReader(), new ConstraintAndIndexReader(), new SequenceReader(),
            new RoutineReader(), new TypeReader(), new CommentReader())
            .flatMap(reader -> reader.queries().stream()).toList();

    private final SortedMap<ObjectKey, SchemaObject> objects;

    private SchemaSnapshot(SortedMap<ObjectKey, SchemaObject> objects) {
        this.objects = Collections.unmodifiableSortedMap(objects);
    }

    /**
     * Reads the schema of the database {@code connection} is connected to; {@code ignoredTables} are qualified
     * names such as {@code public.flyway_schema_history}, left out with their columns, indexes and so on.
     */
    public static SchemaSnapshot take(Connection connection, Set<String> ignoredTables) throws SQLException {
        SortedMap<ObjectKey, SchemaObject> all = new TreeMap<>();
        for (SchemaObject object : CatalogBatch.run(connection, QUERIES)) {
            all.put(object.key(), object);
        }
        Set<ObjectKey> ignored = ignoredTables.stream()
                .map(name -> new ObjectKey(SchemaObjectKind.TABLE, name)).collect(Collectors.toSet());
        SortedMap<ObjectKey, SchemaObject> kept = new TreeMap<>();
        all.forEach((key, object) -> {
            if (!belongsTo(object, ignored, all)) {
                kept.put(key, object);
            }
        });
        return new SchemaSnapshot(kept);
    }

    private static boolean belongsTo(SchemaObject object, Set<ObjectKey> ignored, Map<ObjectKey, SchemaObject> all) {
        for (SchemaObject current = object; current != null; current = all.get(current.owner())) {
            if (ignored.contains(current.key())) {
                return true;
            }
            if (current.owner() == null) {
                return false;
            }
        }
        return false;
    }

    /** All objects by key, in report order. */
    SortedMap<ObjectKey, SchemaObject> objects() {
        return objects;
    }

    /** How many objects of {@code kind} the snapshot holds. */
    long count(SchemaObjectKind kind) {
        return objects.keySet().stream().filter(key -> key.kind() == kind).count();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaSnapshot snapshot && objects.equals(snapshot.objects);
    }

    @Override
    public int hashCode() {
        return objects.hashCode();
    }

    @Override
    public String toString() {
        return objects.values().stream().map(object -> object.key() + ": " + object.definition())
                .collect(Collectors.joining("\n"));
    }
}

package io.github.migrationtest.internal.schema;

import java.util.Comparator;

/**
 * Identifies a schema object independently of OIDs: its kind and qualified name,
 * e.g. {@code column public.customers.email}. Sorted by kind order, then name.
 */
record ObjectKey(SchemaObjectKind kind, String name) implements Comparable<ObjectKey> {

    private static final Comparator<ObjectKey> ORDER =
            Comparator.comparing(ObjectKey::kind).thenComparing(ObjectKey::name);

    @Override
    public int compareTo(ObjectKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind.label() + " " + name;
    }
}

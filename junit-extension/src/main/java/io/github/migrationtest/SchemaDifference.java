package io.github.migrationtest;

/**
 * One difference between two schema snapshots, e.g.
 * {@code index public.customers_email_idx: CREATE INDEX … → (absent)}. {@link #before()} and {@link #after()} are
 * always the whole definitions; a step's message shows only what changed of a long one (see docs/errors.md).
 *
 * @param kind   the object kind as a person says it: {@code table}, {@code column}, {@code index}, …
 * @param name   the qualified name, e.g. {@code public.customers.email}
 * @param before the definition before, or {@code (absent)}
 * @param after  the definition after, or {@code (absent)}
 */
public record SchemaDifference(String kind, String name, String before, String after) {

    public static final String ABSENT = "(absent)";

    @Override
    public String toString() {
        return kind + " " + name + ": " + before + " → " + after;
    }
}

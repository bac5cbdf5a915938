package io.github.migrationtest.internal.data;

/**
 * One row that differs, by key, with its value on each side rendered as an SQL literal ({@code 'text'},
 * {@code 17}, {@code NULL}).
 *
 * @param key      the key as {@code id=17} or {@code (order_id, line)=(17, 2)}
 * @param before   the value before, or {@code null} when the row did not exist before
 * @param after    the value after, or {@code null} when the row does not exist after
 */
public record ExampleRow(String key, String before, String after) {

    public boolean isDeleted() {
        return after == null;
    }

    public boolean isAdded() {
        return before == null;
    }
}

package io.github.migrationtest.internal.data;

import java.util.Arrays;

/**
 * One column's values reduced to an order-independent hash, and whether they are all NULL.
 *
 * <p>In a keyed table each value is hashed seeded with its row's key and the hashes are combined with XOR, so the
 * hash changes when a value moves to another row. In a table without key the hashes are summed, so a duplicated row
 * changes the hash too. A NULL adds nothing to the hash, so equal hashes also mean NULLs in the same rows; how many
 * NULLs a column holds is counted only when a finding needs it ({@link NullCounter}).
 *
 * @param name         column name
 * @param type         the column's type, e.g. {@code character varying(20)}
 * @param comparedAs   the type the values were hashed as: {@code type}, or the "compare as" type they were cast to
 * @param hash         the hash of all values
 * @param allNull      whether no row holds a value (also true for an empty table)
 * @param bucketHashes the hash of the values of each bucket
 * @param note         why the values were not hashed as asked (a failed cast), or {@code null}
 * @param comparable   false when the type changed and the values cannot be compared with the earlier type's
 *                     ({@code note} says why); they still compare with a fingerprint of the same type
 */
public record ColumnFingerprint(String name, String type, String comparedAs, long hash, boolean allNull,
                                long[] bucketHashes, String note, boolean comparable) {

    /** Same values (as far as the hashes tell), regardless of name. */
    public boolean sameValuesAs(ColumnFingerprint other) {
        return hash == other.hash && allNull == other.allNull;
    }

    /** Whether this (later) column cannot be compared with {@code earlier}: another type, and no way to compare them. */
    public boolean notComparableWith(ColumnFingerprint earlier) {
        return !comparable && !comparedAs.equals(earlier.comparedAs);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnFingerprint that && name.equals(that.name) && type.equals(that.type)
                && comparedAs.equals(that.comparedAs) && sameValuesAs(that)
                && Arrays.equals(bucketHashes, that.bucketHashes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Long.hashCode(hash);
    }

    @Override
    public String toString() {
        return name + " " + type + (comparedAs.equals(type) ? "" : " as " + comparedAs)
                + " hash=" + Long.toHexString(hash) + (allNull ? " all NULL" : "");
    }
}

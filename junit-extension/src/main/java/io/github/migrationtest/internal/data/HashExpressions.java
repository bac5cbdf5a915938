package io.github.migrationtest.internal.data;

import java.util.Map;

/**
 * SQL that hashes one value to a bigint in the server, with a seed.
 *
 * <p>Common types use their own extended hash function, which is several times faster than hashing the text form
 * (output functions of numeric and timestamptz are slow). The integer types, text and varchar, and numeric of any
 * precision hash alike for equal values, so widening type changes compare equal without a cast. A timestamptz
 * hashes its stored microseconds, whatever the session time zone. Every other type hashes its text form.
 */
final class HashExpressions {

    private static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("int2", "hashint2extended(%s, %s)"),
            Map.entry("int4", "hashint4extended(%s, %s)"),
            Map.entry("int8", "hashint8extended(%s, %s)"),
            Map.entry("text", "hashtextextended(%s, %s)"),
            Map.entry("varchar", "hashtextextended(%s, %s)"),
            Map.entry("bpchar", "hashbpcharextended(%s, %s)"),
            Map.entry("numeric", "hash_numeric_extended(%s, %s)"),
            Map.entry("float4", "hashfloat4extended(%s, %s)"),
            Map.entry("float8", "hashfloat8extended(%s, %s)"),
            Map.entry("uuid", "uuid_hash_extended(%s, %s)"),
            Map.entry("bool", "hashint4extended((%s)::int, %s)"),
            Map.entry("date", "timestamp_hash_extended((%s)::timestamp, %s)"),
            Map.entry("timestamp", "timestamp_hash_extended(%s, %s)"),
            // a zero offset gives back the stored microseconds unchanged, at a quarter of the cost of subtracting
            // an instant (which builds an interval) or of AT TIME ZONE 'UTC' (which looks up the zone on every row)
            Map.entry("timestamptz", "timestamp_hash_extended(%s AT TIME ZONE INTERVAL '00:00', %s)"),
            Map.entry("interval", "interval_hash_extended(%s, %s)"),
            Map.entry("time", "time_hash_extended(%s, %s)"),
            Map.entry("jsonb", "jsonb_hash_extended(%s, %s)"));

    private static final String TEXT_FORM = "hashtextextended((%s)::text, %s)";

    private HashExpressions() {
    }

    /** A bigint hash of {@code value} (an SQL expression of base type {@code baseType}); NULL when the value is NULL. */
    static String hash(String value, String baseType, String seed) {
        return FUNCTIONS.getOrDefault(baseType, TEXT_FORM).formatted("(" + value + ")", seed);
    }

    /** The same, but of the value's text form, whatever its type. */
    static String hashOfText(String value, String seed) {
        return TEXT_FORM.formatted(value, seed);
    }

    /** Whether a value of this base type is seeded directly by its integer value. */
    static boolean isInteger(String baseType) {
        return baseType.equals("int2") || baseType.equals("int4") || baseType.equals("int8");
    }
}

package io.github.migrationtest.internal.data;

/**
 * How one column's values are read for hashing: the column itself, or the column cast to its "compare as" type.
 *
 * @param name       column name
 * @param type       the column's own type
 * @param value      the SQL expression of the value, over table alias {@code t}
 * @param baseType   the base type name of {@code value}, which picks the hash function
 * @param comparedAs the type of {@code value} as written in SQL
 * @param neverNull  whether {@code value} is known to be NULL in no row, so its non-NULL count is the row count
 * @param note       why a requested cast was not applied, or {@code null}
 * @param comparable false when the column's type changed and its values cannot be compared with the earlier type's
 *                   ({@code note} says why); it is then hashed as it is, for comparisons with the same type
 */
record ColumnPlan(String name, String type, String value, String baseType, String comparedAs, boolean neverNull,
                  String note, boolean comparable) {

    static ColumnPlan asIs(TableShape.ColumnShape column) {
        return new ColumnPlan(column.name(), column.type(), "t." + Sql.identifier(column.name()), column.baseType(),
                column.type(), column.notNull(), null, true);
    }

    /** A cast function of the user's may turn a value into NULL, so a cast value is never known to be non-NULL. */
    static ColumnPlan cast(TableShape.ColumnShape column, String castType, String castBaseType) {
        String value = "(t." + Sql.identifier(column.name()) + ")::" + castType;
        return new ColumnPlan(column.name(), column.type(), value, castBaseType, castType, false, null, true);
    }

    boolean isCast() {
        return !comparedAs.equals(type);
    }

    ColumnPlan withNote(String why) {
        return new ColumnPlan(name, type, value, baseType, comparedAs, neverNull, why, comparable);
    }

    /** The column as it is, marked as not comparable with its earlier type, for the reason given. */
    static ColumnPlan notComparable(TableShape.ColumnShape column, String why) {
        return new ColumnPlan(column.name(), column.type(), "t." + Sql.identifier(column.name()), column.baseType(),
                column.type(), column.notNull(), why, false);
    }
}

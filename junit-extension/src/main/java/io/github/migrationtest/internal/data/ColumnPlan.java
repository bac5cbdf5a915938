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
 */
record ColumnPlan(String name, String type, String value, String baseType, String comparedAs, boolean neverNull,
                  String note) {

    static ColumnPlan asIs(TableShape.ColumnShape column) {
        return new ColumnPlan(column.name(), column.type(), "t." + Sql.identifier(column.name()), column.baseType(),
                column.type(), column.notNull(), null);
    }

    /** A cast function of the user's may turn a value into NULL, so a cast value is never known to be non-NULL. */
    static ColumnPlan cast(TableShape.ColumnShape column, String castType, String castBaseType) {
        String value = "(t." + Sql.identifier(column.name()) + ")::" + castType;
        return new ColumnPlan(column.name(), column.type(), value, castBaseType, castType, false, null);
    }

    boolean isCast() {
        return !comparedAs.equals(type);
    }

    ColumnPlan withNote(String why) {
        return new ColumnPlan(name, type, value, baseType, comparedAs, neverNull, why);
    }
}

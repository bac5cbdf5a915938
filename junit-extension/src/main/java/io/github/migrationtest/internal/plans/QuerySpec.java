package io.github.migrationtest.internal.plans;

/**
 * One critical query as declared.
 *
 * @param name   its name, unique in the class
 * @param sql    the statement, without a trailing semicolon
 * @param source where it was declared: {@code @CriticalQuery} or a file and line
 */
public record QuerySpec(String name, String sql, String source) {

    public QuerySpec {
        sql = sql.strip().replaceAll(";\\s*$", "");
    }
}

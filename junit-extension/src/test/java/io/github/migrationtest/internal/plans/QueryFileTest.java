package io.github.migrationtest.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.internal.ConfigurationProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryFileTest {

    private static final String KEY = "migrationtest.plans.queries";

    @Test
    void eachQueryRunsFromItsHeaderToTheNext() {
        List<QuerySpec> queries = QueryFile.parse("classpath:db/queries.sql", """
                -- critical queries of the shop
                -- name: orders of a customer
                select * from orders
                 where customer_id = $1;

                -- name: open orders
                select count(*) from orders where status = 'open'
                """, KEY);

        assertThat(queries).containsExactly(
                new QuerySpec("orders of a customer", "select * from orders\n where customer_id = $1", "classpath:db/queries.sql line 2"),
                new QuerySpec("open orders", "select count(*) from orders where status = 'open'", "classpath:db/queries.sql line 6"));
    }

    @Test
    void sqlBeforeTheFirstHeaderOrAHeaderWithoutSqlIsRefused() {
        assertThatThrownBy(() -> QueryFile.parse("q.sql", "select 1;\n-- name: a\nselect 2", KEY))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessage("q.sql line 1: SQL before the first \"-- name:\" header; start each query with -- name: <name>.");
        assertThatThrownBy(() -> QueryFile.parse("q.sql", "-- name: a\n\n-- name: b\nselect 2", KEY))
                .hasMessage("q.sql line 1: query \"a\" has no SQL below its header.");
    }

    @Test
    void twoQueriesOfTheSameNameAreRefused() {
        List<QuerySpec> annotated = List.of(new QuerySpec("open orders", "select 1", "@CriticalQuery on ShopTest"));

        assertThatThrownBy(() -> QueryFiles.load(annotated, List.of("classpath:io/github/migrationtest/plans/queries.sql"), false,
                getClass().getClassLoader(), KEY))
                .hasMessage("Two critical queries are named \"open orders\" (@CriticalQuery on ShopTest and"
                        + " classpath:io/github/migrationtest/plans/queries.sql line 4); give each its own name, as messages and"
                        + " query(name) find them by it.");
    }

    @Test
    void aMissingFileIsAProblemUnlessItIsTheDefault() {
        assertThat(QueryFiles.load(List.of(), List.of("classpath:db/queries.sql"), true, getClass().getClassLoader(), KEY)).isEmpty();
        assertThatThrownBy(() -> QueryFiles.load(List.of(), List.of("classpath:nowhere.sql"), false, getClass().getClassLoader(), KEY))
                .hasMessage("migrationtest.plans.queries names classpath:nowhere.sql, which does not exist. Point it at a file of"
                        + " queries, each under a \"-- name: <name>\" header, or leave it unset (default classpath:db/queries.sql).");
    }
}

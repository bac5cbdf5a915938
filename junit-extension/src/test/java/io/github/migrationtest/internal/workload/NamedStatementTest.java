package io.github.migrationtest.internal.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class NamedStatementTest {

    @Test
    void readsNamedStatementsWithTheirHeaderLinesAndRowParameters() {
        List<NamedStatement> statements = NamedStatement.parse("""
                -- the statements of release 1
                SELECT 'not under a header';
                -- name: find orders
                -- of one customer, newest first
                SELECT id, total::text FROM orders
                 WHERE customer_id = :customers.id AND status = :public.orders.status
                 ORDER BY created_at DESC;
                --name:   count
                SELECT count(*) FROM orders
                """);

        assertThat(statements).extracting(NamedStatement::name, NamedStatement::line, NamedStatement::jdbc, NamedStatement::parameters)
                .containsExactly(
                        Tuple.tuple("find orders", 3, "SELECT id, total::text FROM orders\n WHERE customer_id = ? AND status = ?\n"
                                + " ORDER BY created_at DESC", List.of("customers.id", "public.orders.status")),
                        Tuple.tuple("count", 8, "SELECT count(*) FROM orders", List.of()));
    }
}

package io.github.migrationtest.internal.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.flyway.Declaration.Form;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclarationParserTest {

    private static final Set<String> RULES = Set.of("create-index-without-concurrently", "missing-lock-timeout");

    @TempDir
    Path dir;

    @Test
    void readsEveryFormWithItsValuesReasonAndLine() throws IOException {
        Declarations d = parse("""
                -- migrationtest: loses-data public.category, status.label (feature removed (see ADR 7))
                SET lock_timeout = '2s';
                  --   MigrationTest:   allow create-index-without-concurrently   (table is append-only)
                -- migrationtest: max-blocked 2s (maintenance window)
                -- an ordinary comment about migrationtests
                CREATE INDEX i ON t (c);
                """);

        assertThat(d.problems()).isEmpty();
        assertThat(d.declarations()).extracting(Declaration::line, Declaration::form, Declaration::values, Declaration::reason)
                .containsExactly(
                        Tuple.tuple(1, Form.LOSES_DATA, List.of("public.category", "status.label"),
                                "feature removed (see ADR 7)"),
                        Tuple.tuple(3, Form.ALLOW, List.of("create-index-without-concurrently"),
                                "table is append-only"),
                        Tuple.tuple(4, Form.MAX_BLOCKED, List.of("2s"), "maintenance window"));
        assertThat(d.declarations().get(0).summary()).isEqualTo("loses-data public.category, status.label (feature removed (see ADR 7))");
        assertThat(d.maxBlocked()).contains(Duration.ofSeconds(2));
    }

    @Test
    void namesWhyEachMalformedDeclarationIsNone() throws IOException {
        Declarations d = parse("""
                -- migrationtest allow missing-lock-timeout (no colon)
                -- migrationtest: (only a reason)
                -- migrationtest: loses-data (no place)
                -- migrationtest: loses-data public.orders; DROP (not a name)
                -- migrationtest: allow missing-lock-timeout, create-index-without-concurrently (two rules)
                -- migrationtest: max-blocked a while (not a duration)
                -- migrationtest: max-blocked 500ms ( )
                """);

        String script = "filesystem:" + dir + "/V1__x.sql";
        assertThat(d.declarations()).isEmpty();
        assertThat(d.problems()).containsExactly(
                script + " line 1: \"-- migrationtest allow missing-lock-timeout (no colon)\" is not a declaration: the colon after migrationtest is missing",
                script + " line 2: \"-- migrationtest: (only a reason)\" is not a declaration: it names no form",
                script + " line 3: \"-- migrationtest: loses-data (no place)\" is not a declaration: loses-data needs the table or table.column that loses data",
                script + " line 4: \"-- migrationtest: loses-data public.orders; DROP (not a name)\" is not a declaration: \"public.orders; DROP\" is not a table or table.column",
                script + " line 5: \"-- migrationtest: allow missing-lock-timeout, create-index-without-concurrently (two rules)\" is not a declaration: allow names one lock rule; write one declaration per rule",
                script + " line 6: \"-- migrationtest: max-blocked a while (not a duration)\" is not a declaration: \"a while\" is not a duration such as 500ms, 2s or PT0.5S",
                script + " line 7: \"-- migrationtest: max-blocked 500ms ( )\" is not a declaration: the reason in parentheses is missing; a reviewer must be able to judge why");
    }

    @Test
    void readsPostDeployWithOrWithoutReasonAndAllowedOldApplicationErrors() throws IOException {
        Declarations d = parse("""
                -- migrationtest: post-deploy
                -- migrationtest: post-deploy (release 2 reads email_address only)
                -- migrationtest: allow-old-application-error 42703 (the report page is off during the deploy)
                -- migrationtest: post-deploy customers (no value)
                -- migrationtest: allow-old-application-error column missing (not a SQLSTATE)
                """);

        String script = "filesystem:" + dir + "/V1__x.sql";
        assertThat(d.declarations()).extracting(Declaration::line, Declaration::form, Declaration::values, Declaration::summary)
                .containsExactly(
                        Tuple.tuple(1, Form.POST_DEPLOY, List.of(), "post-deploy"),
                        Tuple.tuple(2, Form.POST_DEPLOY, List.of(), "post-deploy (release 2 reads email_address only)"),
                        Tuple.tuple(3, Form.ALLOW_OLD_APPLICATION_ERROR, List.of("42703"),
                                "allow-old-application-error 42703 (the report page is off during the deploy)"));
        assertThat(d.problems()).containsExactly(
                script + " line 4: \"-- migrationtest: post-deploy customers (no value)\" is not a declaration: post-deploy takes no value, only an optional reason in parentheses",
                script + " line 5: \"-- migrationtest: allow-old-application-error column missing (not a SQLSTATE)\" is not a declaration: \"column missing\" is not one SQLSTATE such as 42703");
    }

    private Declarations parse(String sql) throws IOException {
        Path file = Files.writeString(dir.resolve("V1__x.sql"), sql);
        return DeclarationParser.parse(new ScriptResource("filesystem:" + dir, "V1__x.sql", file.toUri().toURL()), RULES);
    }
}

package io.github.migrationtest.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeAndCommentDifferencesTest {

    @Test
    void reportsEnumLabelOrder() throws Exception {
        assertThat(SchemaChanges.between("CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
                "CREATE TYPE mood AS ENUM ('ok', 'sad', 'happy')"))
                .containsExactly("enum public.mood: ENUM ('sad', 'ok', 'happy') → ENUM ('ok', 'sad', 'happy')");
    }

    @Test
    void reportsEnumLabelThatCannotBeDroppedAgain() throws Exception {
        assertThat(SchemaChanges.made("CREATE TYPE mood AS ENUM ('sad', 'happy')", "ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy'"))
                .containsExactly("enum public.mood: ENUM ('sad', 'happy') → ENUM ('sad', 'ok', 'happy')");
    }

    @Test
    void reportsDomainDefaultAndNotNull() throws Exception {
        assertThat(SchemaChanges.made("CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0)",
                "ALTER DOMAIN positive SET DEFAULT 1; ALTER DOMAIN positive SET NOT NULL"))
                .containsExactly("domain public.positive: DOMAIN AS integer CONSTRAINT positive_check CHECK ((VALUE > 0))"
                        + " → DOMAIN AS integer DEFAULT 1 NOT NULL CONSTRAINT positive_check CHECK ((VALUE > 0))");
    }

    @Test
    void reportsDomainConstraintChange() throws Exception {
        assertThat(SchemaChanges.made("CREATE DOMAIN code AS varchar(10)",
                "ALTER DOMAIN code ADD CONSTRAINT code_upper CHECK (VALUE = upper(VALUE))"))
                .containsExactly("domain public.code: DOMAIN AS character varying(10) → DOMAIN AS character varying(10)"
                        + " CONSTRAINT code_upper CHECK (((VALUE)::text = upper((VALUE)::text)))");
    }

    @Test
    void reportsCompositeTypeAttribute() throws Exception {
        assertThat(SchemaChanges.made("CREATE TYPE address AS (street text, city varchar(50))",
                "ALTER TYPE address ADD ATTRIBUTE zip text"))
                .containsExactly("type public.address: TYPE AS (street text, city character varying(50))"
                        + " → TYPE AS (street text, city character varying(50), zip text)");
    }

    @Test
    void reportsExtensionThatDownScriptForgotToDropButNotItsFunctions() throws Exception {
        assertThat(SchemaChanges.made("", "CREATE EXTENSION IF NOT EXISTS pgcrypto"))
                .containsExactly("extension pgcrypto: (absent) → EXTENSION VERSION '1.3' SCHEMA public");
    }

    @Test
    void reportsSchemaThatDownScriptForgotToDrop() throws Exception {
        assertThat(SchemaChanges.made("", "CREATE SCHEMA billing; CREATE TABLE billing.invoices (id bigint)"))
                .containsExactly("schema billing: (absent) → SCHEMA",
                        "table billing.invoices: (absent) → TABLE (id bigint)");
    }

    @Test
    void reportsChangedColumnComment() throws Exception {
        assertThat(SchemaChanges.made(
                "CREATE TABLE customers (email text); COMMENT ON COLUMN customers.email IS 'Login'",
                "COMMENT ON COLUMN customers.email IS 'Login e-mail, the customer''s'"))
                .containsExactly("comment column public.customers.email: 'Login' → 'Login e-mail, the customer''s'");
    }

    @Test
    void reportsDroppedCommentsOnTableAndFunction() throws Exception {
        assertThat(SchemaChanges.made("""
                CREATE TABLE customers (email text); COMMENT ON TABLE customers IS 'People who buy';
                CREATE FUNCTION fn(a integer) RETURNS integer LANGUAGE sql AS 'select a';
                COMMENT ON FUNCTION fn(integer) IS 'identity';
                """, "COMMENT ON TABLE customers IS NULL; COMMENT ON FUNCTION fn(integer) IS NULL"))
                .containsExactly("comment function public.fn(integer): 'identity' → (absent)",
                        "comment table public.customers: 'People who buy' → (absent)");
    }
}

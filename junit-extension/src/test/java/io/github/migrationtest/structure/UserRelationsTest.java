package io.github.migrationtest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.catalog.UserRelations;
import io.github.migrationtest.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** "The user's tables" are defined once, in {@link UserRelations}, and every catalog query uses that definition. */
class UserRelationsTest {

    private static final Path ROOT = Path.of("..");
    /** What the old copies of the definition wrote by hand. */
    private static final Pattern COPY = Pattern.compile("nspname NOT IN|NOT LIKE 'pg|deptype = 'e'");

    @Test
    void userTablesLeaveOutSystemSchemasOtherKindsAndExtensionMembers() throws Exception {
        // GIVEN a table of the user's, one made a member of an extension, a view, a temporary table and PostgreSQL's own
        DataSource ds = TestDatabases.fresh();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA shop; CREATE TABLE shop.orders (id int); CREATE TABLE public.parts (id int) PARTITION BY RANGE (id);"
                    + " CREATE VIEW shop.recent AS SELECT * FROM shop.orders; CREATE TEMPORARY TABLE scratch (id int);"
                    + " CREATE EXTENSION citext; CREATE TABLE public.citext_words (word citext);"
                    + " ALTER EXTENSION citext ADD TABLE public.citext_words");

            // WHEN the definition selects tables, then any relation kind
            List<String> tables = names(s, UserRelations.where("c", UserRelations.TABLES));
            List<String> relations = names(s, UserRelations.where("c"));

            // THEN only the user's own tables, and of the other kinds its view; neither the extension's table nor the temporary one
            assertThat(tables).containsExactly("public.parts", "shop.orders");
            assertThat(relations).containsExactly("public.parts", "shop.orders", "shop.recent");
        }
    }

    @Test
    void noCatalogQueryWritesItsOwnCopyOfTheDefinition() throws IOException {
        List<String> copies = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), ROOT.resolve("fixtures/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("UserRelations.java")).toList()) {
                    if (COPY.matcher(Files.readString(file)).find()) {
                        copies.add(root.relativize(file).toString());
                    }
                }
            }
        }
        assertThat(copies).as("files that define the user's tables themselves instead of using UserRelations.where").isEmpty();

        String export = Files.readString(ROOT.resolve("fixtures/src/main/resources/io/github/migrationtest/fixtures/export-statistics.sql"));
        assertThat(export).as("export-statistics.sql (run by users, so a copy) must read the same tables")
                .contains("WHERE NOT c.relispartition\n      AND " + UserRelations.where("c", UserRelations.TABLES) + "\n");
    }

    private static List<String> names(Statement s, String where) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = s.executeQuery("SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE " + where + " AND c.relkind NOT IN ('i', 'I', 'S', 't', 'c') ORDER BY 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}

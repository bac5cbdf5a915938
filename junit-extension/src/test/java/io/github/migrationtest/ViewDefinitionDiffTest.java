package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A down script that re-creates a wide view with a column moved: the step names only what moved, not both whole views. */
class ViewDefinitionDiffTest {

    private static final String REST = "removed, published, updated, deleted, ap_id, local, language_id, distinguished, score,"
            + " upvotes, downvotes, child_count, hot_rank, controversy_rank";

    @Test
    void downScriptThatMovesAColumnOfAWideViewShowsOnlyTheMove(@TempDir Path reports) throws IOException {
        EngineExecutionResults results = run(ViewMovesColumn.class, Map.of("migrationtest.report.directory", reports.toString()));

        assertThat(message(results, "V2 add read")).hasValue("V2 add read: down script " + HISTORIES
                + "view-moves-column/undo/U2__add_read.sql does not restore the schema (1 difference, before V2 → after its down script):\n"
                + "  view public.comment_alias_1: its definition differs at 2 places:"
                + " \"…creator_id, post_id, [-parent_id,-] content, removed, …\""
                + " and \"…, hot_rank, controversy_rank[+, parent_id+] FROM public.comment\"");
        SchemaDifference view = ViewMovesColumn.seen.get(1).schemaNotRestored().get(0);
        assertThat(view.before()).isEqualTo("SELECT id, creator_id, post_id, parent_id, content, " + REST + " FROM public.comment");
        assertThat(view.after()).isEqualTo("SELECT id, creator_id, post_id, content, " + REST + ", parent_id FROM public.comment");
        assertThat(Files.readString(reports.resolve("ViewMovesColumn").resolve("report.json")))
                .contains("\"before\": \"" + view.before() + "\"", "\"after\": \"" + view.after() + "\"");
    }

    @MigrationTest(locations = HISTORIES + "view-moves-column/migration", undoLocations = HISTORIES + "view-moves-column/undo")
    static class ViewMovesColumn {
        static final List<MigrationStep> seen = new ArrayList<>();

        @EachMigration
        void roundTrips(MigrationStep step) {
            seen.add(step);
        }
    }
}

package io.github.migrationtest.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.SchemaDifference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The token diff of long definitions: only what changed, a few tokens around it; short or rewritten texts whole. */
class DifferenceTextTest {

    /** {@code SELECT c.id, c.col1, …, c.colN FROM comment c}, long enough to be diffed. */
    private static String select(String... columns) {
        return "SELECT " + String.join(", ", columns) + "\n   FROM comment c;";
    }

    private static String[] columns(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "c.column_" + i).toArray(String[]::new);
    }

    private static String line(String before, String after) {
        return DifferenceText.of(new SchemaDifference("view", "public.v", before, after));
    }

    @Test
    void anInsertedColumnIsShownWithItsNeighbours() {
        String[] was = columns(20);
        String[] is = columns(21);
        is[20] = is[10];
        System.arraycopy(columns(20), 10, is, 11, 10);
        is[10] = "c.parent_id";

        assertThat(line(select(was), select(is))).isEqualTo(
                "view public.v: its definition differs at 1 place: \"…c.column_9, c.column_10, [+c.parent_id,+] c.column_11, c.column_12, …\"");
    }

    @Test
    void aMovedColumnIsTwoPlaces() {
        String[] was = columns(20);
        String[] is = IntStream.rangeClosed(1, 20).filter(i -> i != 3).mapToObj(i -> "c.column_" + i)
                .collect(Collectors.toList()).toArray(String[]::new);
        String[] moved = new String[20];
        System.arraycopy(is, 0, moved, 0, 19);
        moved[19] = "c.column_3";

        assertThat(line(select(was), select(moved))).isEqualTo("view public.v: its definition differs at 2 places: "
                + "\"…c.column_1, c.column_2, [-c.column_3,-] c.column_4, c.column_5, …\""
                + " and \"…, c.column_19, c.column_20[+, c.column_3+] FROM comment c;\"");
    }

    @Test
    void aChangedLiteralIsDeletedAndInserted() {
        String was = "CREATE POLICY owner_only ON public.accounts AS PERMISSIVE FOR ALL TO public USING ((owner = current_user)"
                + " AND (status <> 'archived'::text)) WITH CHECK ((owner = current_user) AND (region = ANY (ARRAY['eu'::text,"
                + " 'us'::text])))";
        String is = was.replace("'archived'", "'deleted'");

        assertThat(line(was, is)).isEqualTo("view public.v: its definition differs at 1 place:"
                + " \"…AND (status <> [-'archived'-][+'deleted'+]::text)) …\"");
    }

    @Test
    void aTotallyDifferentTextIsShownWhole() {
        String was = select(columns(20));
        String is = "SELECT p.id, p.name, p.url, p.body, p.creator_id, p.community_id, p.removed, p.locked, p.published, p.updated"
                + "\n   FROM post p WHERE NOT p.deleted;";

        assertThat(line(was, is)).isEqualTo("view public.v: " + was + " → " + is);
    }

    @Test
    void shortDefinitionsAndAbsentOnesKeepBeforeArrowAfter() {
        assertThat(line("SELECT 1", "SELECT 2")).isEqualTo("view public.v: SELECT 1 → SELECT 2");
        assertThat(line(select(columns(20)), SchemaDifference.ABSENT)).endsWith(" → (absent)").contains("c.column_17");
    }

    @Test
    void manyPlacesAreShownWhole() {
        String[] was = columns(40);
        String[] is = columns(40);
        for (int i = 0; i < 40; i += 6) {
            is[i] = "c.other_" + i;
        }

        assertThat(line(select(was), select(is))).isEqualTo("view public.v: " + select(was) + " → " + select(is));
    }

    @Test
    void aViewOfFourThousandCharactersWithAMovedColumnTakesOneShortLine() {
        String[] was = IntStream.rangeClosed(1, 160).mapToObj(i -> "comment_alias_1.some_column_" + i).toArray(String[]::new);
        String[] is = IntStream.rangeClosed(1, 160).filter(i -> i != 40).mapToObj(i -> "comment_alias_1.some_column_" + i)
                .collect(Collectors.toList()).toArray(String[]::new);
        String moved = select(is).replace("\n   FROM", ", comment_alias_1.some_column_40\n   FROM");

        String line = line(select(was), moved);

        assertThat(select(was).length()).isGreaterThan(4_000);
        assertThat(line).isEqualTo("view public.v: its definition differs at 2 places:"
                + " \"…comment_alias_1.some_column_38, comment_alias_1.some_column_39, [-comment_alias_1.some_column_40,-]"
                + " comment_alias_1.some_column_41, comment_alias_1.some_column_42, …\" and \"…, comment_alias_1.some_column_159, comment_alias_1.some_column_160"
                + "[+, comment_alias_1.some_column_40+] FROM comment c;\"");
        assertThat(line.length()).isLessThan(350);
    }
}

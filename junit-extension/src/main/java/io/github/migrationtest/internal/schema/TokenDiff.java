package io.github.migrationtest.internal.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The places where two token sequences differ, by the longest common subsequence of their tokens (the common start and
 * end are cut off first, so a long definition with one change costs little).
 */
final class TokenDiff {

    /** Beyond this many cells of the LCS table the middle counts as one change (about 16 MB). */
    private static final long MAX_CELLS = 4_000_000;

    /** Tokens {@code [beforeFrom, beforeTo)} of before are replaced by {@code [afterFrom, afterTo)} of after. */
    record Place(int beforeFrom, int beforeTo, int afterFrom, int afterTo) {

        int changedTokens() {
            return (beforeTo - beforeFrom) + (afterTo - afterFrom);
        }
    }

    private TokenDiff() {
    }

    /** The places in order; two places closer than {@code join} equal tokens are one place. */
    static List<Place> places(SqlTokens before, SqlTokens after, int join) {
        int n = before.size();
        int m = after.size();
        int start = 0;
        while (start < n && start < m && before.token(start).equals(after.token(start))) {
            start++;
        }
        int end = 0;
        while (end < n - start && end < m - start && before.token(n - 1 - end).equals(after.token(m - 1 - end))) {
            end++;
        }
        int rows = n - start - end;
        int cols = m - start - end;
        List<Place> places = new ArrayList<>();
        if ((long) (rows + 1) * (cols + 1) > MAX_CELLS) {
            places.add(new Place(start, n - end, start, m - end));
            return places;
        }
        int[][] common = new int[rows + 1][cols + 1];
        for (int i = rows - 1; i >= 0; i--) {
            for (int j = cols - 1; j >= 0; j--) {
                common[i][j] = before.token(start + i).equals(after.token(start + j))
                        ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < rows || j < cols) {
            if (i < rows && j < cols && before.token(start + i).equals(after.token(start + j))) {
                i++;
                j++;
                continue;
            }
            int fromI = i;
            int fromJ = j;
            while ((i < rows || j < cols) && !(i < rows && j < cols && before.token(start + i).equals(after.token(start + j))
                    && common[i][j] == common[i + 1][j + 1] + 1)) {
                if (j >= cols || (i < rows && common[i + 1][j] >= common[i][j + 1])) {
                    i++;
                } else {
                    j++;
                }
            }
            add(places, new Place(start + fromI, start + i, start + fromJ, start + j), join);
        }
        return places;
    }

    private static void add(List<Place> places, Place place, int join) {
        if (!places.isEmpty()) {
            Place last = places.get(places.size() - 1);
            if (place.beforeFrom() - last.beforeTo() < join) {
                places.set(places.size() - 1, new Place(last.beforeFrom(), place.beforeTo(), last.afterFrom(), place.afterTo()));
                return;
            }
        }
        places.add(place);
    }
}

package io.github.migrationtest.internal.release;

import io.github.migrationtest.DataChange;
import io.github.migrationtest.SchemaDifference;
import io.github.migrationtest.internal.flyway.Declaration;
import io.github.migrationtest.internal.flyway.DeclarationParser;
import io.github.migrationtest.internal.flyway.Migration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The columns and tables that a migration of the release declares lost ({@code -- migrationtest: loses-data …}) and
 * that the release's forward run drops: no down script can give their data back, so DATA_RESTORED leaves them out,
 * as a step's does. Anything else the down scripts miss is still held against the release.
 */
final class DeclaredReleaseLoss {

    /** @param object a dropped table or column, qualified ({@code public.members.legacy_code}); @param by the migration declaring it */
    private record Dropped(String kind, String object, Migration by) {

        boolean covers(DataChange loss) {
            return kind.equals("table") ? loss.table().equals(object)
                    : loss.column() != null && (loss.table() + "." + loss.column()).equals(object);
        }
    }

    private final List<Dropped> dropped;

    private DeclaredReleaseLoss(List<Dropped> dropped) {
        this.dropped = List.copyOf(dropped);
    }

    /** @param schemaChanges the release's forward schema changes (before the release → after its forward run) */
    static DeclaredReleaseLoss of(Release release, List<SchemaDifference> schemaChanges) {
        List<Dropped> dropped = new ArrayList<>();
        for (Migration m : release.migrations()) {
            List<String> places = DeclarationParser.parse(m.script(), Set.of()).of(Declaration.Form.LOSES_DATA).stream()
                    .flatMap(d -> d.values().stream()).toList();
            schemaChanges.stream()
                    .filter(d -> (d.kind().equals("table") || d.kind().equals("column")) && d.after().equals(SchemaDifference.ABSENT))
                    .filter(d -> places.stream().anyMatch(p -> p.equals(d.name()) || p.equals(d.name().substring(d.name().indexOf('.') + 1))))
                    .forEach(d -> dropped.add(new Dropped(d.kind(), d.name(), m)));
        }
        return new DeclaredReleaseLoss(dropped);
    }

    /** The losses no declaration excuses. */
    List<DataChange> notExcused(List<DataChange> losses) {
        return losses.stream().filter(c -> dropped.stream().noneMatch(d -> d.covers(c))).toList();
    }

    /** What a passed DATA_RESTORED says of the excused losses, or "" when there were none. */
    String accepted(Release release, List<DataChange> losses) {
        List<String> parts = new ArrayList<>();
        for (Dropped d : dropped) {
            List<String> places = losses.stream().filter(d::covers).map(DataChange::place).distinct().toList();
            if (!places.isEmpty()) {
                parts.add(String.join(", ", places) + ", which " + d.by().displayName() + " drops");
            }
        }
        return parts.isEmpty() ? "" : "accepted: the down scripts of " + release.displayName() + " cannot give back "
                + String.join("; ", parts) + " (a declared loss)";
    }
}

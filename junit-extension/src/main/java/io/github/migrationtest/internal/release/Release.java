package io.github.migrationtest.internal.release;

import io.github.migrationtest.internal.flyway.Migration;
import java.util.List;

/**
 * One release: the migrations after the previous release (or after the seed point) up to and including its last one.
 *
 * @param name       its last version, as listed in {@code releases}
 * @param migrations its migrations in version order; never empty
 */
public record Release(String name, List<Migration> migrations) {

    public Release {
        migrations = List.copyOf(migrations);
    }

    /** {@code release 6 (V5 to V6)}, or {@code release 6 (V6)} for a release of one migration. */
    public String displayName() {
        String first = "V" + migrations.get(0).versionText();
        return "release " + name + " (" + (migrations.size() == 1 ? first : first + " to V" + last().versionText()) + ")";
    }

    public Migration first() {
        return migrations.get(0);
    }

    public Migration last() {
        return migrations.get(migrations.size() - 1);
    }
}

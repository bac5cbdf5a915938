package io.github.migrationtest.internal.flyway;

import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A versioned migration and its down script, if it has one.
 *
 * @param version     e.g. {@code 3}
 * @param description e.g. {@code index email} (underscores read as spaces, as Flyway does)
 * @param script      the {@code V} script
 * @param undo        the {@code U} script of the same version
 */
public record Migration(MigrationVersion version, String description, ScriptResource script, Optional<ScriptResource> undo) {

    /** {@code V3 index email}: the display name of the step. */
    public String displayName() {
        return "V" + version + " " + description;
    }

    public String versionText() {
        return version.getVersion();
    }
}

package io.github.migrationtest.internal.junit;

import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.flyway.Migration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/** One {@link EachMigration} invocation: named after its migration, running its step before the method. */
final class StepInvocationContext implements TestTemplateInvocationContext {

    private final Migration migration;
    private final Supplier<Rehearsal> rehearsal;

    StepInvocationContext(Migration migration, Supplier<Rehearsal> rehearsal) {
        this.migration = migration;
        this.rehearsal = rehearsal;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return migration.displayName();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new StepExtension(migration, rehearsal));
    }
}

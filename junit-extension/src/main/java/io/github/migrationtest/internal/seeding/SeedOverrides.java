package io.github.migrationtest.internal.seeding;

import io.github.migrationtest.fixtures.ColumnGenerator;
import io.github.migrationtest.fixtures.Seeder;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Seeding overrides from the test class: generators per column ({@code @Values}) and a customizer of the whole
 * {@link Seeder} ({@code @CustomizeSeeder}), named for the seed-cache key ("" when there is none).
 */
public record SeedOverrides(Map<String, ColumnGenerator> columns, String customizerName, UnaryOperator<Seeder> customizer) {

    public static final SeedOverrides NONE = new SeedOverrides(Map.of(), "", UnaryOperator.identity());

    public SeedOverrides {
        columns = Map.copyOf(new TreeMap<>(columns));
    }

    /** These overrides with a change of the seeder (settings from configuration) applied before the customizer. */
    public SeedOverrides withSeeder(UnaryOperator<Seeder> settings) {
        return new SeedOverrides(columns, customizerName, seeder -> customizer.apply(settings.apply(seeder)));
    }

    /** The seeder with every column override and then the customizer applied. */
    Seeder apply(Seeder seeder) {
        Seeder result = seeder;
        for (Map.Entry<String, ColumnGenerator> column : new TreeMap<>(columns).entrySet()) {
            result = result.column(column.getKey(), column.getValue());
        }
        return customizer.apply(result);
    }
}

package io.github.migrationtest.internal.seeding;

import io.github.migrationtest.fixtures.ColumnGenerator;
import io.github.migrationtest.fixtures.Seeder;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        return customizer.apply(columns(seeder, columns.keySet()));
    }

    /**
     * The seeder with the overrides of the columns whose table is among {@code tables} ({@code schema.table}): at the
     * seed point, the tables it has (an override of a table a later migration creates waits for that table's top-up);
     * at a top-up, the tables it seeds. The customizer is for the seed point only.
     */
    Seeder applyTo(Seeder seeder, Set<String> tables, boolean withCustomizer) {
        List<String> chosen = columns.keySet().stream().filter(column -> inAny(column, tables)).toList();
        Seeder result = columns(seeder, chosen);
        return withCustomizer ? customizer.apply(result) : result;
    }

    /** The overrides of tables that are not among {@code tables}, as {@code table.column}. */
    List<String> waiting(Set<String> tables) {
        return columns.keySet().stream().filter(column -> !inAny(column, tables)).sorted().toList();
    }

    private Seeder columns(Seeder seeder, java.util.Collection<String> chosen) {
        Seeder result = seeder;
        for (String column : new java.util.TreeSet<>(chosen)) {
            result = result.column(column, columns.get(column));
        }
        return result;
    }

    private static boolean inAny(String column, Set<String> tables) {
        String table = column.substring(0, Math.max(0, column.lastIndexOf('.'))).toLowerCase(java.util.Locale.ROOT);
        return tables.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).anyMatch(t -> t.equals(table) || t.equals("public." + table));
    }
}

package io.github.migrationtest.internal.junit;

import io.github.migrationtest.CustomizeSeeder;
import io.github.migrationtest.SeederCustomizer;
import io.github.migrationtest.Values;
import io.github.migrationtest.fixtures.ColumnGenerator;
import io.github.migrationtest.fixtures.Generators;
import io.github.migrationtest.internal.ConfigurationProblem;
import io.github.migrationtest.internal.seeding.SeedOverrides;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.platform.commons.support.AnnotationSupport;

/** Reads {@link Values} and {@link CustomizeSeeder} of a test class, rejecting misuse up front. */
final class SeedOverridesResolver {

    private SeedOverridesResolver() {
    }

    static SeedOverrides resolve(Class<?> testClass) {
        Map<String, ColumnGenerator> columns = new LinkedHashMap<>();
        for (Values v : AnnotationSupport.findRepeatableAnnotations(testClass, Values.class)) {
            String where = "@Values(column = \"" + v.column() + "\")";
            if (v.column().indexOf('.') < 0) {
                throw new ConfigurationProblem("@Values", where + " needs table.column, e.g. @Values(column = \"users.login\", sql = \"'user_' || n\").");
            }
            if (v.sql().isBlank() == v.faker().isBlank()) {
                throw new ConfigurationProblem("@Values", where + " needs exactly one of sql or faker, e.g."
                        + " @Values(column = \"" + v.column() + "\", sql = \"'value_' || n\").");
            }
            if (columns.put(v.column(), v.sql().isBlank() ? Generators.expression(v.faker()) : Generators.sql(v.sql())) != null) {
                throw new ConfigurationProblem("@Values", where + " appears twice on " + testClass.getName() + "; keep one.");
            }
        }
        Optional<CustomizeSeeder> customize = AnnotationSupport.findAnnotation(testClass, CustomizeSeeder.class);
        if (customize.isEmpty()) {
            return new SeedOverrides(columns, "", UnaryOperator.identity());
        }
        Class<? extends SeederCustomizer> type = customize.get().value();
        SeederCustomizer customizer;
        try {
            customizer = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException i ? i.getCause() : e;
            throw new ConfigurationProblem("@CustomizeSeeder", "@CustomizeSeeder(" + type.getName() + ".class) needs a public"
                    + " no-argument constructor that succeeds, but: " + cause, cause);
        }
        return new SeedOverrides(columns, type.getName(), customizer::customize);
    }
}

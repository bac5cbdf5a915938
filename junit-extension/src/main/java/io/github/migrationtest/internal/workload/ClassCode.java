package io.github.migrationtest.internal.workload;

import io.github.migrationtest.spi.Workload;
import java.lang.reflect.Constructor;
import javax.sql.DataSource;

/** A {@link Workload} class of the test sources, made once per run with its no-argument constructor. */
public record ClassCode(Class<? extends Workload> type) implements ApplicationCode {

    @Override
    public String name() {
        return type.getSimpleName();
    }

    @Override
    public Workload open(DataSource pool) throws ReflectiveOperationException {
        return create(type, pool);
    }

    /** With a constructor taking the pool ({@code DataSource}) if it has one, else with its no-argument constructor. */
    static Workload create(Class<?> type, DataSource pool) throws ReflectiveOperationException {
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == DataSource.class) {
                c.setAccessible(true);
                return (Workload) c.newInstance(pool);
            }
        }
        Constructor<?> c = type.getDeclaredConstructor();
        c.setAccessible(true);
        return (Workload) c.newInstance();
    }
}

package io.github.migrationtest.internal.workload;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Hands the workload its pooled connection behind a thin proxy that remembers the text of the statement it executes
 * last, since PgJDBC's errors do not carry it. Everything else goes to the connection as it is.
 */
final class StatementTracking {

    private String last;

    /** The statement the call executed last, or null before its first. */
    String last() {
        return last;
    }

    Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            Object result = method.invoke(connection, args);
            if (result instanceof CallableStatement s && args != null && args[0] instanceof String sql) {
                return proxy(CallableStatement.class, s, executing(s, sql));
            }
            if (result instanceof PreparedStatement s && args != null && args[0] instanceof String sql) {
                return proxy(PreparedStatement.class, s, executing(s, sql));
            }
            if (result instanceof Statement s && method.getName().equals("createStatement")) {
                return proxy(Statement.class, s, executing(s, null));
            }
            return result;
        });
    }

    /** Notes the statement's text when one of its {@code execute…} methods is called (a plain Statement's from the argument). */
    private Handler executing(Statement statement, String prepared) {
        return (method, args) -> {
            if (method.getName().startsWith("execute") || method.getName().equals("addBatch")) {
                if (args != null && args.length > 0 && args[0] instanceof String sql) {
                    last = sql;
                } else if (prepared != null) {
                    last = prepared;
                }
            }
            return method.invoke(statement, args);
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler h = (p, method, args) -> {
            try {
                return handler.handle(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Method method, Object[] args) throws Exception;
    }
}

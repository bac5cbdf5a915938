package io.github.migrationtest.internal.database;

import io.github.migrationtest.spi.DatabaseProvider;
import io.github.migrationtest.spi.DatabaseServer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An existing server given by JDBC URL. The harness connects to the URL's database only to create and
 * drop databases of its own ({@code migrationtest_<random>}); it never changes anything else there.
 */
public final class ExternalServerProvider implements DatabaseProvider {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?");

    private final String url;

    public ExternalServerProvider(String url) {
        this.url = url;
    }

    @Override
    public DatabaseServer start() {
        Matcher m = URL.matcher(url);
        if (!m.matches() || m.group(2).isEmpty()) {
            throw new IllegalArgumentException("migrationtest.database=" + redacted(url)
                    + " is not a PostgreSQL JDBC URL with a database; expected jdbc:postgresql://host:5432/postgres?user=…&password=…");
        }
        return new ExternalServer(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3));
    }

    /** The URL with any password hidden, for messages. */
    public static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private record ExternalServer(String prefix, String maintenance, String query) implements DatabaseServer {

        @Override
        public String jdbcUrl(String database) {
            return prefix + database + query;
        }

        @Override
        public String username() {
            return null;
        }

        @Override
        public String password() {
            return null;
        }

        @Override
        public String maintenanceDatabase() {
            return maintenance;
        }

        @Override
        public String description() {
            return "existing server " + redacted(prefix + maintenance + query);
        }

        @Override
        public void close() {
            // not ours to stop
        }
    }
}

package io.github.migrationtest.internal.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Drops the scratch databases that killed JVMs of this host left on a server (their comment names the owner), once per
 * server and JVM, before the first database of this JVM is made there. Databases of live JVMs and of other hosts stay.
 */
final class LeftScratchDatabases {

    private static final Set<String> DONE = ConcurrentHashMap.newKeySet();
    private static final String LIST = "SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database WHERE datname LIKE '"
            + ScratchDatabases.PREFIX.replace("_", "\\_") + "%'";

    private LeftScratchDatabases() {
    }

    static void dropOnce(Connections connections) {
        String server = connections.server().jdbcUrl(connections.server().maintenanceDatabase());
        if (!DONE.add(server)) {
            return;
        }
        try (Connection c = connections.open(connections.server().maintenanceDatabase(), "migrationtest-admin");
             Statement s = c.createStatement()) {
            Map<String, ScratchOwner> left = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery(LIST)) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    ScratchOwner.parse(rs.getString(2)).filter(ScratchOwner::goneFromThisHost).ifPresent(o -> left.put(name, o));
                }
            }
            for (Map.Entry<String, ScratchOwner> db : left.entrySet()) {
                s.execute("DROP DATABASE IF EXISTS \"" + db.getKey() + "\" WITH (FORCE)");
                ScratchOwner o = db.getValue();
                System.out.println("[migrationtest] dropped scratch database " + db.getKey() + " on " + connections.server().description()
                        + ", left by a JVM that is gone (pid " + o.pid() + ", started " + o.started() + ", host " + o.host() + ")");
            }
        } catch (SQLException e) {
            System.out.println("[migrationtest] could not look for scratch databases left by killed runs: " + e.getMessage());
        }
    }
}

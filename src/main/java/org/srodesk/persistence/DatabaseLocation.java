package org.srodesk.persistence;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import org.postgresql.jdbcurlresolver.PgPassParser;

/**
 * Where a desk's data lives: an embedded H2 file (one desk, the default) or a database on a shared
 * PostgreSQL server (several desks). {@link #parse} reads what the user typed after {@code --db}.
 */
public sealed interface DatabaseLocation {

    /** The prefix of the server databases SRO Desk can use. */
    String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    /** What to show the user: the file path, or "PostgreSQL srodesk@host:5432". */
    String description();

    /**
     * {@code jdbc:postgresql://host:5432/srodesk} names a server database, anything else a file.
     *
     * @param user the login for a server ({@code --db-user}); null to take it from the URL's
     *             {@code user} parameter, else {@code PGUSER}, else the operating-system user
     * @throws IllegalArgumentException for a JDBC URL of another kind of database
     */
    static DatabaseLocation parse(String text, String user) {
        return parse(text, user, System.getenv());
    }

    static DatabaseLocation parse(String text, String user, Map<String, String> environment) {
        Objects.requireNonNull(text, "text");
        if (text.startsWith(POSTGRESQL_PREFIX)) {
            Properties url = org.postgresql.Driver.parseURL(text, null);
            if (url == null) {
                throw new IllegalArgumentException("\"" + text + "\" is not a valid PostgreSQL address"
                        + " (jdbc:postgresql://host:5432/database)");
            }
            String login = firstOf(user, url.getProperty("user"), environment.get("PGUSER"),
                    System.getProperty("user.name"));
            return new Server(text, login);
        }
        if (text.startsWith("jdbc:")) {
            throw new IllegalArgumentException("SRO Desk uses an H2 file or a PostgreSQL server"
                    + " (jdbc:postgresql://host:5432/database), not \"" + text + "\"");
        }
        return new EmbeddedFile(Path.of(text));
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    /** An embedded H2 database file ({@code .mv.db}). */
    record EmbeddedFile(Path file) implements DatabaseLocation {
        public EmbeddedFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String description() {
            return file.toString();
        }
    }

    /**
     * A database on a PostgreSQL server, and the login to use.
     *
     * @param jdbcUrl {@code jdbc:postgresql://host:5432/srodesk}
     * @param user    the login role
     */
    record Server(String jdbcUrl, String user) implements DatabaseLocation {
        public Server {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(user, "user");
        }

        @Override
        public String description() {
            return ServerConnections.ServerAddress.parse(jdbcUrl).describe();
        }

        /**
         * The password the user keeps outside SRO Desk, where PostgreSQL's own tools look for it: the
         * {@code PGPASSWORD} variable, else the password file ({@code ~/.pgpass}, {@code PGPASSFILE},
         * {@code %APPDATA%\postgresql\pgpass.conf}). Empty when there is none: ask the user, and
         * keep the answer in memory only.
         */
        public Optional<char[]> storedPassword() {
            return storedPassword(System.getenv());
        }

        Optional<char[]> storedPassword(Map<String, String> environment) {
            String fromEnvironment = environment.get("PGPASSWORD");
            if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
                return Optional.of(fromEnvironment.toCharArray());
            }
            ServerConnections.ServerAddress address = ServerConnections.ServerAddress.parse(jdbcUrl);
            String fromFile = PgPassParser.getPassword(address.host(), String.valueOf(address.port()),
                    address.database(), user);
            return Optional.ofNullable(fromFile).map(String::toCharArray);
        }

        /** True when {@code failure} (from {@link #open}) means the password was missing or wrong. */
        public static boolean isPasswordProblem(DatabaseOpenException failure) {
            return ServerConnections.isPasswordProblem(failure);
        }

        /**
         * Connects and migrates; see {@link Database#openUrl}. A null password lets the server
         * decide (trust or peer authentication).
         */
        public Database open(char[] password) {
            return Database.openUrl(jdbcUrl, user, password);
        }
    }
}

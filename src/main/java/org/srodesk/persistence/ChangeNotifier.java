package org.srodesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells this desk when another desk committed a change to a shared PostgreSQL database: a thread
 * holds one connection that {@code LISTEN}s on the channel the {@link PostgresChangeTriggers} notify,
 * waits for notifications with {@code PGConnection.getNotifications(timeout)} and calls back with the
 * names of the tables that changed. This desk's own commits are left out: each notification names
 * the committing connection's {@code application_name}, which on this desk's pool is its
 * {@link ServerConnections#deskName()} (see {@link #changedTable}).
 *
 * <p>On an H2 file there is no other desk (the file is locked to one process), so {@link #start}
 * returns a notifier that never calls back: {@link #isListening()} says which. When the server
 * connection breaks, the thread reconnects every few seconds and then reports {@link #EVERYTHING},
 * because notifications sent meanwhile are lost.
 */
public final class ChangeNotifier implements AutoCloseable {

    /** Reported after a reconnection: any table may have changed. */
    public static final String EVERYTHING = "*";

    private static final Logger LOG = Logger.getLogger(ChangeNotifier.class.getName());
    private static final int WAIT_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 5_000;

    private final ServerConnections server;
    private final String ownDesk;
    private final Consumer<Set<String>> listener;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    private ChangeNotifier(ServerConnections server, Consumer<Set<String>> listener) {
        this.server = server;
        this.ownDesk = server == null ? null : server.deskName();
        this.listener = listener;
        this.thread = server == null ? null : new Thread(this::listen, "srodesk-change-listener");
    }

    /**
     * Starts listening on {@code database}; {@code listener} is called on the listener's own thread
     * with the changed tables (hop to the FX thread there). On a server, returns once the
     * {@code LISTEN} is in place, so every commit after this call is reported.
     *
     * @throws DatabaseOpenException when the listening connection cannot be opened
     */
    public static ChangeNotifier start(Database database, Consumer<Set<String>> listener) {
        ChangeNotifier notifier = new ChangeNotifier(database.serverConnections(), listener);
        if (notifier.thread != null) {
            try {
                notifier.connection = notifier.connectAndListen();
            } catch (SQLException e) {
                throw new DatabaseOpenException(DatabaseOpenException.Problem.OTHER,
                        "Changes made at other desks cannot be followed: " + e.getMessage(), e);
            }
            notifier.thread.setDaemon(true);
            notifier.thread.start();
        }
        return notifier;
    }

    /** True on a server database: other desks' commits are reported. */
    public boolean isListening() {
        return thread != null && running;
    }

    private Connection connectAndListen() throws SQLException {
        Connection c = server.openDedicated();
        try (Statement statement = c.createStatement()) {
            statement.execute("LISTEN " + PostgresChangeTriggers.CHANNEL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void listen() {
        while (running) {
            try {
                if (connection == null) {
                    connection = connectAndListen();
                    listener.accept(Set.of(EVERYTHING));
                }
                PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                if (notifications != null && notifications.length > 0) {
                    Set<String> tables = new TreeSet<>();
                    for (PGNotification notification : notifications) {
                        String table = changedTable(notification.getParameter(), ownDesk);
                        if (table != null) {
                            tables.add(table);
                        }
                    }
                    if (!tables.isEmpty()) {
                        listener.accept(Set.copyOf(tables));
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                LOG.log(Level.WARNING, "Lost the database change listener; reconnecting: " + e.getMessage());
                closeQuietly();
                pause();
            } catch (RuntimeException e) {
                // A listener's failure must not stop the following of changes.
                LOG.log(Level.WARNING, "A change listener failed", e);
            }
        }
    }

    /**
     * The table a notification's payload names, or null when it is {@code ownDesk}'s own commit.
     * Payloads are {@code "<table> <application_name>"}; an earlier version's trigger sent the table
     * alone, and a commit from outside the app (psql, another tool) names its own application: both
     * are other desks' changes.
     */
    static String changedTable(String payload, String ownDesk) {
        String trimmed = payload == null ? "" : payload.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            return trimmed.isEmpty() ? null : trimmed;
        }
        String sender = trimmed.substring(space + 1).trim();
        return ownDesk != null && sender.equals(ownDesk) ? null : trimmed.substring(0, space);
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Already broken.
            }
        }
    }

    /** Stops listening and waits (at most about a second) for the thread to end. */
    @Override
    public void close() {
        if (thread == null || !running) {
            return;
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(2 * WAIT_MILLIS + 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
    }
}

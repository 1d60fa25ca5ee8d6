package org.srodesk.ui.shell;

import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of File → Database… (host, port, database, user of a PostgreSQL server), their
 * validation and the address they make. No password: it comes from ~/.pgpass or is asked when
 * connecting, and is never kept.
 */
public final class ServerConnectionForm {

    /** What the user chose: a server database and the login to use. */
    public record Choice(String host, int port, String database, String user) {
        public Choice {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(user, "user");
        }

        /** {@code jdbc:postgresql://host:port/database} (IPv6 hosts in brackets). */
        public String jdbcUrl() {
            String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            return "jdbc:postgresql://" + h + ":" + port + "/" + database;
        }
    }

    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "5432");
    private final StringProperty database = new SimpleStringProperty(this, "database", "srodesk");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final BooleanBinding invalid = Bindings.createBooleanBinding(() -> problem() != null, host, port, database, user);

    /** Pre-filled with {@code user} and the usual port and database name. */
    public ServerConnectionForm(String user) {
        this.user.set(user == null ? "" : user);
    }

    /** What is wrong with the fields, in words; null when they make an address. */
    public String problem() {
        if (host.get().isBlank()) {
            return "Enter the server's name or address.";
        }
        if (host.get().trim().contains("/") || host.get().trim().contains(" ")) {
            return "The server is a name or an address, without spaces or slashes.";
        }
        if (portNumber() < 1) {
            return "The port is a number from 1 to 65535 (PostgreSQL's usual port is 5432).";
        }
        if (!database.get().trim().matches("[A-Za-z0-9_\\-.]+")) {
            return "Enter the database's name (letters, digits, _ - .).";
        }
        if (user.get().isBlank()) {
            return "Enter the login (user) for the server.";
        }
        return null;
    }

    private int portNumber() {
        try {
            int n = Integer.parseInt(port.get().trim());
            return n >= 1 && n <= 65535 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The choice the fields make; call only when {@link #problem()} is null. */
    public Choice toChoice() {
        String wrong = problem();
        if (wrong != null) {
            throw new IllegalStateException(wrong);
        }
        return new Choice(host.get().trim(), portNumber(), database.get().trim(), user.get().trim());
    }

    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty databaseProperty() { return database; }
    public StringProperty userProperty() { return user; }
    public BooleanBinding invalidProperty() { return invalid; }
}

package org.srodesk.app;

import java.io.Console;
import java.util.Arrays;
import java.util.Optional;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Window;

import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseLocation;
import org.srodesk.persistence.DatabaseOpenException;
import org.srodesk.ui.common.PasswordDialog;

/**
 * Opens a {@link DatabaseLocation}: a file directly; a server with the password kept where
 * PostgreSQL's tools keep it ({@code PGPASSWORD}, {@code ~/.pgpass}), else without one (the server
 * may trust this machine), and — only when the server asks for a password — with one typed at the
 * {@link PasswordPrompt}. A password is held in memory while connecting and then overwritten;
 * SRO Desk never writes it anywhere.
 */
final class DatabaseOpener {

    /** Asks the person at the desk for a server password; empty when they cannot or will not. */
    interface PasswordPrompt {
        Optional<char[]> ask(DatabaseLocation.Server server);

        /** Nobody to ask (no console). */
        PasswordPrompt NONE = server -> Optional.empty();

        /**
         * Asks in a dialog on the JavaFX thread, blocking the calling worker thread until answered
         * (never call it on the JavaFX thread itself).
         */
        static PasswordPrompt dialog(Supplier<Window> owner) {
            return server -> {
                CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
                Platform.runLater(() -> {
                    try {
                        answer.complete(new PasswordDialog(owner.get(), "Password for the database server",
                                "The server " + server.description() + " asks for the password of "
                                        + server.user() + ". SRO Desk keeps it only while connecting; to "
                                        + "skip this question, keep it in your .pgpass file.").showAndWait());
                    } catch (RuntimeException | Error e) {
                        answer.completeExceptionally(e);
                    }
                });
                return answer.join();
            };
        }

        /** Asks on the terminal, without echo, when there is one. */
        static PasswordPrompt console() {
            return server -> {
                Console console = System.console();
                if (console == null) {
                    return Optional.empty();
                }
                char[] typed = console.readPassword("Password for %s on %s: ", server.user(), server.description());
                return Optional.ofNullable(typed);
            };
        }
    }

    private DatabaseOpener() {
    }

    static Database open(DatabaseLocation location, PasswordPrompt prompt) {
        if (location instanceof DatabaseLocation.EmbeddedFile file) {
            return Database.openFile(file.file());
        }
        DatabaseLocation.Server server = (DatabaseLocation.Server) location;
        char[] stored = server.storedPassword().orElse(null);
        try {
            return server.open(stored);
        } catch (DatabaseOpenException refused) {
            if (!DatabaseLocation.Server.isPasswordProblem(refused)) {
                throw refused;
            }
            Optional<char[]> typed = prompt.ask(server);
            if (typed.isEmpty()) {
                throw refused;
            }
            try {
                return server.open(typed.get());
            } finally {
                Arrays.fill(typed.get(), '\0');
            }
        } finally {
            if (stored != null) {
                Arrays.fill(stored, '\0');
            }
        }
    }
}

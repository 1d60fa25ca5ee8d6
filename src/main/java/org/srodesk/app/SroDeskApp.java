package org.srodesk.app;

import java.nio.file.Path;
import java.util.Objects;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.srodesk.persistence.DatabaseLocation;
import org.srodesk.ui.common.FxDialogService;
import org.srodesk.ui.common.UnexpectedErrorReporter;
import org.srodesk.ui.common.WindowPlacement;

/** The JavaFX application: one {@link MainWindow} on the database file given to {@link #launch(Path)}. */
public final class SroDeskApp extends Application {

    private static volatile Path databaseFile;
    private static volatile DatabaseLocation.Server server;
    private MainWindow window;

    /** Launches the desktop app on {@code file}; returns when the application exits. */
    public static void launch(Path file) {
        databaseFile = Objects.requireNonNull(file, "file");
        Application.launch(SroDeskApp.class);
    }

    /** Launches the desktop app on a PostgreSQL server database; returns when the application exits. */
    public static void launch(DatabaseLocation.Server location) {
        server = Objects.requireNonNull(location, "location");
        Application.launch(SroDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        Path file = databaseFile != null ? databaseFile : DataDirectory.defaultDatabase();
        try {
            window = server != null
                    ? MainWindow.openServer(stage, server, WindowPlacement.userNode(), Platform::exit)
                    : MainWindow.open(stage, file, WindowPlacement.userNode(), Platform::exit);
        } catch (RuntimeException | Error e) {
            // A broken build or installation: say so readably, keep the details, and end.
            new FxDialogService(() -> null).showError("SRO Desk could not start",
                    "SRO Desk could not build its main window: " + e.getMessage(), e);
            Platform.exit();
            return;
        }
        Thread.currentThread().setUncaughtExceptionHandler(new UnexpectedErrorReporter(
                new FxDialogService(() -> stage)));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}

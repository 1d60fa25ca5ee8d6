package org.srodesk.app;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.stage.Stage;

/** JavaFX entry point (composition root). Being built by the app-shell work on branch "ui". */
public final class SroDeskApp extends Application {

    private static volatile Path databaseFile;

    /** Launches the desktop app on {@code file}; returns when the window closes. */
    public static void launch(Path file) {
        databaseFile = file;
        Application.launch(SroDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("SRO Desk — " + databaseFile);
        stage.show();
    }
}

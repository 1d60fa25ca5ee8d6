package org.srodesk.bench;

import java.lang.management.ManagementFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The floor for the start-up benchmark: the smallest JavaFX window, timed like the real one. The
 * main class is not the {@code Application} (as with the app's own {@code Main}), so it starts
 * from a plain class path.
 */
public final class MinimalWindow {

    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("SRO Desk"), 400, 300));
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.err.println("startup: window shown after " + ms + " ms");
                Platform.runLater(Platform::exit);
            });
            stage.show();
        }
    }
}

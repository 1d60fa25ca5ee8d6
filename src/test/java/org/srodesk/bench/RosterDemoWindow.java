package org.srodesk.bench;

import java.nio.file.Path;

import org.srodesk.app.SroDeskApp;
import org.srodesk.service.demo.DemoTier;

/**
 * Opens the real application on a demo database, for looking at the roster by eye and for
 * screenshots: {@code RosterDemoWindow [small|medium|large|xl] [folder] [keys]}.
 */
public final class RosterDemoWindow {

    private RosterDemoWindow() {
    }

    /**
     * For screenshots: some seconds after start, sends {@code keys} (comma-separated KeyCode names,
     * e.g. "DOWN,LEFT,ENTER") to the roster grid, as a user would type them.
     */
    private static void pressLater(String keys) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(Long.getLong("keys.delay", 15000));
            } catch (InterruptedException e) {
                return;
            }
            javafx.application.Platform.runLater(() -> {
                for (javafx.stage.Window window : javafx.stage.Window.getWindows()) {
                    javafx.scene.Node grid = window.getScene().lookup(".roster-grid");
                    if (grid != null) {
                        for (String key : keys.split(",")) {
                            javafx.scene.input.KeyCode code = javafx.scene.input.KeyCode.valueOf(key.trim());
                            grid.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                                    "", "", code, false, false, false, false));
                        }
                    }
                }
            });
        }, "screenshot-keys");
        thread.setDaemon(true);
        thread.start();
    }

    public static void main(String[] args) throws Exception {
        DemoTier tier = args.length > 0 ? DemoTier.parse(args[0]) : DemoTier.SMALL;
        Path folder = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"), "srodesk-demo");
        if (args.length > 2) {
            pressLater(args[2]);
        }
        SroDeskApp.launch(new DemoDatabases(folder).file(tier));
    }
}

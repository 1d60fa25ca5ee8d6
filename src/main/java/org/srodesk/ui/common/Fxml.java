package org.srodesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import javafx.fxml.FXMLLoader;

/** Loads a screen's FXML with an already built controller (the view, which holds its view model). */
public final class Fxml {

    private Fxml() {
    }

    /**
     * Loads {@code fxml} (a resource name relative to the controller's class) with {@code controller} as
     * its controller, so its {@code @FXML} fields are injected and its {@code initialize()} runs.
     *
     * @return the controller, for chaining
     * @throws UncheckedIOException naming the file when it is missing or malformed
     */
    public static <C> C load(C controller, String fxml) {
        URL resource = controller.getClass().getResource(fxml);
        if (resource == null) {
            throw new UncheckedIOException(new IOException("No " + fxml + " beside " + controller.getClass().getName()));
        }
        FXMLLoader loader = new FXMLLoader(resource);
        loader.setControllerFactory(type -> controller);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
        return controller;
    }
}

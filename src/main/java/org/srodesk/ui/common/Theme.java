package org.srodesk.ui.common;

import java.util.List;
import java.util.Objects;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

import atlantafx.base.theme.PrimerLight;

/** The one look of SRO Desk: AtlantaFX Primer Light underneath, our app.css (and its status colours) on top. */
public final class Theme {

    private static final String APP_CSS = "/org/srodesk/theme/app.css";

    private Theme() {
    }

    /** Installs the user-agent stylesheet for the whole application; call once before building scenes. */
    public static void installUserAgentStylesheet() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** The stylesheets every scene and dialog adds on top of the theme. */
    public static List<String> stylesheets() {
        return List.of(Objects.requireNonNull(Theme.class.getResource(APP_CSS), APP_CSS).toExternalForm());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().addAll(stylesheets());
    }

    public static void style(DialogPane pane) {
        pane.getStylesheets().addAll(stylesheets());
    }
}

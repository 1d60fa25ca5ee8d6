package org.srodesk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

/**
 * The one stand-in for a screen that is not built yet: its icon, "Roster calendar — not built yet
 * (issue #3)", and a line on what it will do. Clearly marked so nobody mistakes it for the screen.
 */
public final class PlaceholderView {

    private PlaceholderView() {
    }

    public static Node forScreen(Screen screen) {
        return forScreen(screen, null);
    }

    /** A placeholder with {@code extra} (e.g. the status legend) below the explanation. */
    public static Node forScreen(Screen screen, Node extra) {
        FontIcon icon = new FontIcon(screen.icon());
        icon.getStyleClass().add("sro-placeholder-icon");

        Label badge = new Label("PLACEHOLDER");
        badge.getStyleClass().add("sro-placeholder-badge");

        Label heading = new Label(headingOf(screen));
        heading.getStyleClass().addAll(Styles.TITLE_2, "sro-placeholder-heading");
        heading.setId("placeholder-heading");
        heading.setWrapText(true);

        Label purpose = new Label("It will show: " + lowerFirst(screen.purpose()));
        purpose.getStyleClass().add(Styles.TEXT_MUTED);
        purpose.setWrapText(true);

        VBox box = new VBox(12, icon, badge, heading, purpose);
        if (extra != null) {
            Label caption = new Label("Status colours the screen will use:");
            caption.getStyleClass().addAll(Styles.TEXT_BOLD, "sro-placeholder-caption");
            box.getChildren().addAll(caption, extra);
        }
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(1000);
        box.getStyleClass().add("sro-placeholder");
        box.setId("placeholder-" + screen.id());
        return box;
    }

    /** "Roster calendar — not built yet (issue #3)". */
    public static String headingOf(Screen screen) {
        return screen.title() + " — not built yet (issue #" + screen.issue() + ")";
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

package org.srodesk.ui.common;

import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the main window's size, position and maximized state across runs in a
 * {@link Preferences} node (production: user node {@code org/srodesk}), and puts the window back
 * only where it can be seen: a position on a screen that is no longer attached falls back to the
 * default size, centred on the primary screen.
 */
public final class WindowPlacement {

    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    /** How much of the title bar must lie on a screen for a remembered position to be kept. */
    static final double MIN_VISIBLE = 120;

    private final Preferences node;

    public WindowPlacement(Preferences node) {
        this.node = node;
    }

    /** The user's node for SRO Desk's window settings. */
    public static Preferences userNode() {
        return Preferences.userRoot().node("org/srodesk");
    }

    /** Sizes and positions {@code stage} before it is shown, and saves its placement when it hides. */
    public void restoreAndRemember(Stage stage) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        Rectangle2D bounds = placement(saved(), screens, primary);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(node.getBoolean("maximized", false));
        stage.setOnHiding(e -> save(stage));
    }

    /** The remembered bounds, or null when none were saved. */
    Rectangle2D saved() {
        double w = node.getDouble("width", -1);
        double h = node.getDouble("height", -1);
        if (w <= 0 || h <= 0) {
            return null;
        }
        return new Rectangle2D(node.getDouble("x", 0), node.getDouble("y", 0), w, h);
    }

    void save(Stage stage) {
        node.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
            node.putDouble("width", stage.getWidth());
            node.putDouble("height", stage.getHeight());
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Not remembering the window is harmless; the next run uses the default placement.
        }
    }

    /**
     * Where the window goes: the {@code saved} bounds if their title bar is on one of
     * {@code screens} (shrunk to fit that screen), otherwise the default size centred on
     * {@code primary} (shrunk to fit it).
     */
    static Rectangle2D placement(Rectangle2D saved, List<Rectangle2D> screens, Rectangle2D primary) {
        if (saved != null) {
            Rectangle2D titleBar = new Rectangle2D(saved.getMinX(), saved.getMinY(), saved.getWidth(), 32);
            for (Rectangle2D screen : screens) {
                if (visibleWidth(titleBar, screen) >= Math.min(MIN_VISIBLE, saved.getWidth())) {
                    double w = Math.min(saved.getWidth(), screen.getWidth());
                    double h = Math.min(saved.getHeight(), screen.getHeight());
                    double x = Math.max(screen.getMinX() - w + MIN_VISIBLE, Math.min(saved.getMinX(), screen.getMaxX() - MIN_VISIBLE));
                    double y = Math.max(screen.getMinY(), Math.min(saved.getMinY(), screen.getMaxY() - 32));
                    return new Rectangle2D(x, y, w, h);
                }
            }
        }
        double w = Math.min(DEFAULT_WIDTH, primary.getWidth());
        double h = Math.min(DEFAULT_HEIGHT, primary.getHeight());
        return new Rectangle2D(primary.getMinX() + (primary.getWidth() - w) / 2,
                primary.getMinY() + (primary.getHeight() - h) / 2, w, h);
    }

    private static double visibleWidth(Rectangle2D titleBar, Rectangle2D screen) {
        if (!titleBar.intersects(screen)) {
            return 0;
        }
        return Math.min(titleBar.getMaxX(), screen.getMaxX()) - Math.max(titleBar.getMinX(), screen.getMinX());
    }
}

package org.srodesk.ui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The SRO Desk application icon (a shield with "SRO"), in the sizes window managers ask for. */
public final class AppIcons {

    static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcons() {
    }

    /** The icon at every size; loaded once. Call on the JavaFX thread. */
    public static List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                String name = "/org/srodesk/icons/sro-desk-" + size + ".png";
                try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
                    if (in != null) {
                        loaded.add(new Image(in));
                    }
                } catch (java.io.IOException e) {
                    // An icon that cannot be read is left out; the window still opens.
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }

    public static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }
}

package org.srodesk.ui.export;

import java.awt.Desktop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Shows a folder in the desktop's file manager. Blocking, so callers run it off the JavaFX thread
 * (the export view model does, through its task runner).
 */
public final class FolderOpener {

    private FolderOpener() {
    }

    /**
     * Opens through {@link Desktop} where the platform supports it; otherwise says so with an
     * exception whose message the view shows.
     */
    public static Consumer<Path> desktop() {
        return folder -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new UnsupportedOperationException("this desktop cannot open folders; the files are in "
                        + folder.toAbsolutePath());
            }
            try {
                Desktop.getDesktop().open(folder.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}

package org.srodesk.ui.shell;

import java.nio.file.Path;

/**
 * Writes the reference data as CSV files into a folder (File → Export folder…). Runs off the JavaFX
 * thread; returns a summary sentence for the user.
 */
@FunctionalInterface
public interface FolderExporter {

    String exportFolder(Path folder) throws Exception;

    /** For builds without the export service: says so, writes nothing. */
    static FolderExporter unavailable() {
        return folder -> {
            throw new UnsupportedOperationException("Export is not available in this build.");
        };
    }
}

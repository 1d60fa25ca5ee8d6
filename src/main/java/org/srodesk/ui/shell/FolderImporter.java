package org.srodesk.ui.shell;

import java.nio.file.Path;

/**
 * Imports the CSV files of a folder (File → Import folder…). Runs off the JavaFX thread; returns a
 * summary sentence for the user, throws with a user-facing message on bad input. The composition
 * root wires it to {@code ImportService#importFolder(Path, Actor, ImportProgress)}.
 */
@FunctionalInterface
public interface FolderImporter {

    String importFolder(Path folder) throws Exception;

    /** For builds without the import service: says so, imports nothing. */
    static FolderImporter unavailable() {
        return folder -> {
            throw new UnsupportedOperationException("Import is not available in this build.");
        };
    }
}

package org.srodesk.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog and file chooser the application opens goes through this interface, so view models
 * stay testable without a window (tests pass a recording fake). All methods block until the user
 * answers and must be called on the JavaFX application thread; the production implementation is
 * {@link FxDialogService}.
 *
 * <p>Messages are sentences for the user: no exception class names, no stack traces outside the
 * expandable details of {@link #showError(String, String, Throwable)}.
 */
public interface DialogService {

    /** An error the user can understand and act on; no technical details. */
    void showError(String title, String message);

    /**
     * An unexpected error: the readable {@code message} first, the technical {@code details}
     * (stack trace) hidden in an expandable area.
     */
    void showError(String title, String message, Throwable details);

    /** A plain notice with one OK button. */
    void showInformation(String title, String message);

    /**
     * Asks a yes/no question.
     *
     * @param confirmLabel the label of the button that says yes, e.g. "Delete"; the other is "Cancel"
     * @return true when the user chose {@code confirmLabel}
     */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * A warning with one button per choice, the first one the default. Closing the dialog counts as
     * the last choice.
     *
     * @return the label of the chosen button, or empty if the dialog closed without an answer
     */
    Optional<String> choose(String title, String message, List<String> choices);

    /** Asks for a folder; empty if cancelled. {@code initialDirectory} may be null or missing. */
    Optional<Path> chooseDirectory(String title, Path initialDirectory);

    /** Asks for an existing file to open; empty if cancelled. */
    Optional<Path> chooseFileToOpen(String title, Path initialDirectory, List<FileType> types);

    /** Asks where to save a file, proposing {@code suggestedName}; empty if cancelled. */
    Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName, List<FileType> types);
}

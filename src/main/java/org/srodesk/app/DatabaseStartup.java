package org.srodesk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.srodesk.persistence.DatabaseOpenException;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.FileType;
import org.srodesk.ui.common.TaskRunner;

/**
 * Opens the database off the JavaFX thread at start-up. When the file cannot be used it explains
 * why (a title per {@link DatabaseOpenException.Problem}, the exception's user-facing message, never
 * a stack trace) and offers "Choose another file…" or "Quit"; any other failure gets a readable
 * error with the details folded away, then quits.
 */
final class DatabaseStartup {

    static final String CHOOSE_ANOTHER = "Choose another file…";
    static final String QUIT = "Quit";
    static final FileType DATABASE_FILES = FileType.of("SRO Desk database (*.mv.db)", "*.mv.db");

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Function<Path, AppContext> opener;
    private final Consumer<Path> onOpening;
    private final Consumer<AppContext> onOpened;
    private final Runnable quit;

    /**
     * @param opener    opens a file into a context (blocking; runs on the task runner)
     * @param onOpening told which file is about to be opened
     * @param onOpened  receives the open context on the result thread
     * @param quit      ends the application
     */
    DatabaseStartup(TaskRunner tasks, DialogService dialogs, Function<Path, AppContext> opener,
                    Consumer<Path> onOpening, Consumer<AppContext> onOpened, Runnable quit) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.opener = opener;
        this.onOpening = onOpening;
        this.onOpened = onOpened;
        this.quit = quit;
    }

    void open(Path file) {
        onOpening.accept(file);
        tasks.run("Opening database…", () -> opener.apply(file), onOpened, error -> failed(file, error));
    }

    private void failed(Path file, Throwable error) {
        if (!(error instanceof DatabaseOpenException problem)) {
            dialogs.showError("SRO Desk could not start",
                    "Something unexpected stopped SRO Desk from opening " + file + ":\n"
                            + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()),
                    error);
            quit.run();
            return;
        }
        while (true) {
            Optional<String> choice = dialogs.choose(titleOf(problem.problem()), problem.getMessage(),
                    List.of(CHOOSE_ANOTHER, QUIT));
            if (choice.isEmpty() || !choice.get().equals(CHOOSE_ANOTHER)) {
                quit.run();
                return;
            }
            Optional<Path> other = dialogs.chooseFileToOpen("Open an SRO Desk database", file.getParent(),
                    List.of(DATABASE_FILES));
            if (other.isPresent()) {
                open(other.get());
                return;
            }
            // Cancelled the file chooser: ask again, as nothing is open yet.
        }
    }

    static String titleOf(DatabaseOpenException.Problem problem) {
        return switch (problem) {
            case IN_USE -> "Database already in use";
            case NOT_ACCESSIBLE -> "Database cannot be read or written";
            case CORRUPT -> "Database damaged or not an SRO Desk file";
            case NEWER_VERSION -> "Database from a newer SRO Desk";
            case OTHER -> "Database could not be opened";
        };
    }
}

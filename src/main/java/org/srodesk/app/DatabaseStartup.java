package org.srodesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.srodesk.persistence.Database.OpenMode;
import org.srodesk.persistence.DatabaseBackup;
import org.srodesk.persistence.DatabaseOpenException;
import org.srodesk.persistence.FileEncryption;
import org.srodesk.persistence.DatabaseOpenException.Problem;
import org.srodesk.service.Actor;
import org.srodesk.service.BackupRestore;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.FileType;
import org.srodesk.ui.common.PassphraseDialog;
import org.srodesk.ui.common.TaskRunner;

/**
 * Opens the database off the JavaFX thread at start-up. When the file cannot be used it explains
 * why — a dialog of its own per {@link Problem}, with the exception's user-facing message, never a
 * stack trace — and offers the ways out that make sense for that problem: restore the latest
 * backup (damaged or missing file), open read-only (read-only file or folder, full disk), try
 * again (file in use, full disk), create a new empty database (missing file, only when asked),
 * choose another file, quit. A fresh empty database never silently takes a missing file's place.
 * Any other failure gets a readable error with the details folded away, then quits.
 */
final class DatabaseStartup {

    static final String CHOOSE_ANOTHER = "Choose another file…";
    static final String QUIT = "Quit";
    static final String RESTORE_LATEST = "Restore the latest backup";
    static final String OPEN_READ_ONLY = "Open read-only";
    static final String TRY_AGAIN = "Try again";
    static final String CREATE_NEW = "Create a new empty database";
    static final FileType DATABASE_FILES = FileType.of("SRO Desk database (*.mv.db)", "*.mv.db");

    /** Opens a file into a context (blocking; runs on the task runner). */
    @FunctionalInterface
    interface Opener {
        AppContext open(Path file, OpenMode mode);
    }

    /**
     * Asks for the passphrase of an encrypted database file (issue 11), on the JavaFX thread; empty
     * when the user quits. The caller overwrites the array once the key is derived.
     */
    @FunctionalInterface
    interface PassphrasePrompt {
        /** @param problem why it is asked again ("The passphrase does not open …"), null the first time */
        Optional<char[]> ask(Path file, String problem);

        /** The {@link PassphraseDialog} over {@code owner}. */
        static PassphrasePrompt dialog(Supplier<Window> owner) {
            return (file, problem) -> new PassphraseDialog(owner.get(), file.toString(), problem).showAndWait();
        }
    }

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Opener opener;
    private final PassphrasePrompt passphrases;
    private final BackupRestore restore;
    private final Consumer<Path> onOpening;
    private final Consumer<AppContext> onOpened;
    private final Runnable quit;

    /**
     * @param onOpening told which file is about to be opened
     * @param onOpened  receives the open context on the result thread
     * @param quit      ends the application
     */
    DatabaseStartup(TaskRunner tasks, DialogService dialogs, Opener opener, BackupRestore restore,
                    Consumer<Path> onOpening, Consumer<AppContext> onOpened, Runnable quit) {
        this(tasks, dialogs, opener, PassphrasePrompt.dialog(() -> null), restore, onOpening, onOpened, quit);
    }

    /** @param passphrases asks for the passphrase of an encrypted file before it is opened */
    DatabaseStartup(TaskRunner tasks, DialogService dialogs, Opener opener, PassphrasePrompt passphrases,
                    BackupRestore restore, Consumer<Path> onOpening, Consumer<AppContext> onOpened, Runnable quit) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.opener = opener;
        this.passphrases = passphrases;
        this.restore = restore;
        this.onOpening = onOpening;
        this.onOpened = onOpened;
        this.quit = quit;
    }

    void open(Path file) {
        open(file, OpenMode.OPEN_OR_ASK);
    }

    /**
     * Opens {@code file}; an encrypted one whose passphrase was not given yet (it has a key file, see
     * {@link FileEncryption}) is not opened but answered with the passphrase question first.
     */
    private void open(Path file, OpenMode mode) {
        onOpening.accept(file);
        tasks.run("Opening database…",
                () -> FileEncryption.needsPassphrase(file) ? Optional.<AppContext>empty()
                        : Optional.of(opener.open(file, mode)),
                context -> context.ifPresentOrElse(onOpened, () -> askPassphrase(file, mode, null)),
                error -> failed(file, error));
    }

    /**
     * Asks for the passphrase, then derives the key and opens the file off the JavaFX thread. A wrong
     * passphrase asks again, saying so; quitting the question quits SRO Desk.
     */
    private void askPassphrase(Path file, OpenMode mode, String problem) {
        Optional<char[]> typed = passphrases.ask(file, problem);
        if (typed.isEmpty()) {
            quit.run();
            return;
        }
        char[] passphrase = typed.get();
        tasks.run("Checking the passphrase…", () -> {
            try {
                FileEncryption.unlock(file, passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            return opener.open(file, mode);
        }, onOpened, error -> {
            if (error instanceof FileEncryption.WrongPassphraseException wrong) {
                askPassphrase(file, mode, wrong.getMessage());
            } else {
                failed(file, error);
            }
        });
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
        Optional<Path> latest = restore.latestBackup(file);
        List<String> choices = choicesFor(problem.problem(), latest.isPresent());
        String message = problem.getMessage() + advice(problem.problem(), latest);
        while (true) {
            String choice = dialogs.choose(titleOf(problem.problem()), message, choices).orElse(QUIT);
            switch (choice) {
                case RESTORE_LATEST -> {
                    restoreLatest(file, latest.orElseThrow());
                    return;
                }
                case OPEN_READ_ONLY -> {
                    open(file, OpenMode.READ_ONLY);
                    return;
                }
                case TRY_AGAIN -> {
                    open(file, OpenMode.OPEN_OR_ASK);
                    return;
                }
                case CREATE_NEW -> {
                    open(file, OpenMode.OPEN_OR_CREATE);
                    return;
                }
                case CHOOSE_ANOTHER -> {
                    Optional<Path> other = dialogs.chooseFileToOpen("Open an SRO Desk database", file.getParent(),
                            List.of(DATABASE_FILES));
                    if (other.isPresent()) {
                        open(other.get(), OpenMode.OPEN_OR_ASK);
                        return;
                    }
                    // Cancelled the file chooser: ask again, as nothing is open yet.
                }
                default -> {
                    quit.run();
                    return;
                }
            }
        }
    }

    /**
     * Restores the latest backup: when it is encrypted with a key not unlocked yet (its key file was
     * lost with the database, say), asks for its passphrase first.
     */
    private void restoreLatest(Path file, Path backup) {
        onOpening.accept(file);
        tasks.run("Reading " + backup.getFileName() + "…",
                () -> DatabaseBackup.keyDerivationIn(backup).filter(d -> !FileEncryption.isUnlocked(d)),
                locked -> locked.ifPresentOrElse(d -> askBackupPassphrase(file, backup, d, null),
                        () -> restoreUnlocked(file, backup)),
                error -> restoreFailed(file, error));
    }

    private void askBackupPassphrase(Path file, Path backup, FileEncryption.KeyDerivation derivation, String problem) {
        Optional<char[]> typed = passphrases.ask(backup, problem);
        if (typed.isEmpty()) {
            quit.run();
            return;
        }
        char[] passphrase = typed.get();
        tasks.run("Checking the passphrase…", () -> {
            try {
                FileEncryption.unlock(derivation, passphrase, "The passphrase does not open the backup "
                        + backup.getFileName() + ".");
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            return backup;
        }, unlocked -> restoreUnlocked(file, backup), error -> {
            if (error instanceof FileEncryption.WrongPassphraseException wrong) {
                askBackupPassphrase(file, backup, derivation, wrong.getMessage());
            } else {
                restoreFailed(file, error);
            }
        });
    }

    /** Checks the backup, keeps the current file aside, puts the backup in its place and opens it. */
    private void restoreUnlocked(Path file, Path backup) {
        tasks.run("Restoring " + backup.getFileName() + "…", () -> {
            BackupRestore.CheckedBackup checked = restore.check(backup);
            // No account can be checked: they are in the file that cannot be opened (see BackupRestore.recover).
            Optional<Path> aside = restore.recover(file, checked);
            AppContext opened = opener.open(file, OpenMode.OPEN_OR_ASK);
            // Recorded in the restored database, now in place: the replaced file is kept aside.
            BackupRestore.recordRestore(opened.database(), Actor.commandLine(), backup, aside);
            return new Restored(opened, aside);
        }, restored -> {
            onOpened.accept(restored.context());
            dialogs.showInformation("Backup restored", "SRO Desk restored " + backup.getFileName() + "."
                    + restored.aside().map(p -> " The file it replaced was kept as " + p + ".").orElse(""));
        }, error -> restoreFailed(file, error));
    }

    private void restoreFailed(Path file, Throwable error) {
        dialogs.showError("Backup not restored", error.getMessage()
                + "\nYou can choose another file, or quit.");
        failed(file, new DatabaseOpenException(Problem.OTHER,
                "The database " + file + " could not be opened, and its latest backup could not be restored.",
                error));
    }

    private record Restored(AppContext context, Optional<Path> aside) {
    }

    static List<String> choicesFor(Problem problem, boolean hasBackup) {
        List<String> choices = new ArrayList<>();
        switch (problem) {
            case CORRUPT, ENCRYPTED -> addIf(choices, hasBackup, RESTORE_LATEST);
            case MISSING -> {
                addIf(choices, hasBackup, RESTORE_LATEST);
                choices.add(CREATE_NEW);
            }
            case READ_ONLY -> choices.add(OPEN_READ_ONLY);
            case IN_USE -> choices.add(TRY_AGAIN);
            case DISK_FULL -> {
                choices.add(TRY_AGAIN);
                choices.add(OPEN_READ_ONLY);
            }
            default -> { }
        }
        choices.add(CHOOSE_ANOTHER);
        choices.add(QUIT);
        return choices;
    }

    private static void addIf(List<String> choices, boolean condition, String choice) {
        if (condition) {
            choices.add(choice);
        }
    }

    static String advice(Problem problem, Optional<Path> latestBackup) {
        String backup = latestBackup.map(p -> "\n\nThe latest backup is " + p.getFileName() + " in " + p.getParent()
                + ". Restoring it keeps the current file aside; changes made since that backup are not in it.")
                .orElse("");
        return switch (problem) {
            case CORRUPT -> latestBackup.isPresent() ? backup
                    : "\n\nNo backup of it was found in the backups folder beside it.";
            case ENCRYPTED -> backup;
            case MISSING -> backup + "\n\nOr start over with a new empty database at this place.";
            case READ_ONLY -> "\n\nRead-only, you can look at everything but not change anything.";
            case IN_USE -> "\n\nOpening it read-only is not possible either while the other copy has it open "
                    + "(it holds the file locked).";
            case DISK_FULL -> "\n\nRead-only, it can be opened without any free space.";
            case NEWER_VERSION -> "\n\nThis version cannot safely change or show a newer file, so it does not offer "
                    + "to open it read-only.";
            default -> "";
        };
    }

    static String titleOf(Problem problem) {
        return switch (problem) {
            case IN_USE -> "Database already in use";
            case NOT_ACCESSIBLE -> "Database cannot be read or written";
            case READ_ONLY -> "Database is read-only";
            case CORRUPT -> "Database damaged or not an SRO Desk file";
            case NEWER_VERSION -> "Database from a newer SRO Desk";
            case MISSING -> "Database file missing";
            case DISK_FULL -> "Disk full";
            case ENCRYPTED -> "Encrypted database cannot be opened";
            case OTHER -> "Database could not be opened";
        };
    }
}
